namespace Conformance.Harness.Targets;

/// <summary>
/// Upper bounds a real deployment is held to (turn-semantics §6: "human-like: gap &lt; 500 ms;
/// production: &lt; 1.5 s; barge stop &lt; 300 ms"). On the emulator the rules predict each figure
/// exactly and the budgets are checked as well.
/// </summary>
public sealed record TimingBudgets
{
    public static TimingBudgets Production { get; } = new();

    /// <summary>Agent audible onset − caller speech end, beyond the agent's configured trailing silence.</summary>
    public double TurnGapMs { get; init; } = 1500;

    /// <summary>Last audible agent sample − caller onset on a barge-in.</summary>
    public double BargeInStopMs { get; init; } = 300;

    /// <summary>Clear message − caller onset on a barge-in.</summary>
    public double ClearLatencyMs { get; init; } = 300;

    /// <summary>Agent audio heard while the caller barged in.</summary>
    public double AudioLeakMs { get; init; } = 300;

    /// <summary>|reported played position − heard position|.</summary>
    public double TruncateErrorMs { get; init; } = 100;
}
