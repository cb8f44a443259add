namespace Conformance.Harness.Reporting;

/// <summary>
/// One figure of turn-semantics §6 as measured at the caller's ear, with its uncertainty (frame
/// size, detector hangover). <see cref="ExpectedMs"/> ± <see cref="ToleranceMs"/> is what the
/// emulator's rules predict; <see cref="BudgetMs"/> is an upper bound from the target profile;
/// <see cref="JournalMs"/> is the same figure from the emulator's journal. When
/// <see cref="FromMs"/> and <see cref="ToMs"/> are set the report draws the figure as a bracket
/// between those two instants.
/// </summary>
public sealed record Measurement(
    string Name,
    double ValueMs,
    double UncertaintyMs,
    double? ExpectedMs,
    double? ToleranceMs,
    double? JournalMs,
    MeasurementVerdict Verdict,
    string? SpecId = null)
{
    public double? BudgetMs { get; init; }

    public double? FromMs { get; init; }

    public double? ToMs { get; init; }

    /// <summary>A sentence for the reader (how it was measured, why it failed).</summary>
    public string? Note { get; init; }

    /// <summary>The time from one instant to another (a turn gap, a stop latency), not yet judged.</summary>
    public static Measurement Interval(string name, double fromMs, double toMs, double uncertaintyMs, string? specId = null) =>
        new(name, toMs - fromMs, uncertaintyMs, null, null, null, MeasurementVerdict.Info, specId) { FromMs = fromMs, ToMs = toMs };

    /// <summary>Judged against a prediction: passes when <c>|value − expected| ≤ tolerance</c> (and nothing else failed it).</summary>
    public Measurement Expect(double expectedMs, double toleranceMs) => Judge(Math.Abs(ValueMs - expectedMs) <= toleranceMs) with
    {
        ExpectedMs = expectedMs,
        ToleranceMs = toleranceMs,
    };

    /// <summary>Judged against a budget: passes when <c>value ≤ budget</c> (and nothing else failed it).</summary>
    public Measurement WithinBudget(double budgetMs) => Judge(ValueMs <= budgetMs) with { BudgetMs = budgetMs };

    public Measurement WithJournal(double journalMs) => this with { JournalMs = journalMs };

    private Measurement Judge(bool ok) =>
        this with { Verdict = Verdict == MeasurementVerdict.Fail || !ok ? MeasurementVerdict.Fail : MeasurementVerdict.Pass };
}
