namespace Conformance.Gherkin.Tests.Samples;

/// <summary>Which scenario hooks ran, per scenario.</summary>
public sealed class HookLog
{
    public List<string> Entries { get; } = [];
}
