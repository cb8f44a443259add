namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The driver tests that hold real calls over loopback sockets (and Chromium) to timing ranges:
/// they run one after another, alone (not beside the hosted suite's eight calls at once).
/// </summary>
[CollectionDefinition(Name)]
public sealed class RealTimeDrivers : ICollectionFixture<SuiteExclusion.Alone>
{
    public const string Name = "real-time drivers";
}
