namespace Conformance.Gherkin.Tests.Samples;

/// <summary>Shared by every step class of one scenario; a new one for each scenario.</summary>
public sealed class CallContext
{
    public List<string> Notes { get; } = [];
}
