namespace Conformance.Rtc.Tests.Support;

/// <summary>Tests that measure the process (descriptors, timing) and must not share it with others.</summary>
[CollectionDefinition(nameof(SerialTestGroup), DisableParallelization = true)]
public sealed class SerialTestGroup;
