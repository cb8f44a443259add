namespace Conformance.Gherkin.Tests.Samples;

/// <summary>Per-scenario state of the turn budget sample, injected into its step classes.</summary>
public sealed class TurnBudget
{
    public Dictionary<string, int> BudgetsMs { get; } = new(StringComparer.Ordinal);

    public int? LatencyMs { get; set; }

    public string? Verdict { get; set; }
}
