using System.Globalization;

namespace Conformance.Harness.Measurement;

/// <summary>
/// One figure measured at the caller's ear (turn-semantics §6): its value and uncertainty in
/// milliseconds, what it was expected to be and with what tolerance, what the emulator's journal
/// says it was (emulator target only), the verdict, and the requirement it checks.
/// </summary>
public sealed record MeasuredFigure(string Name, double ValueMs, double UncertaintyMs)
{
    public double? ExpectedMs { get; init; }

    public double? ToleranceMs { get; init; }

    /// <summary>The same figure as the emulator's journal records it (its decision, not our measurement).</summary>
    public double? JournalMs { get; init; }

    public FigureVerdict Verdict { get; init; } = FigureVerdict.Info;

    public string? SpecId { get; init; }

    /// <summary>Why the verdict is what it is, in words a scenario failure can show.</summary>
    public string? Note { get; init; }

    /// <summary>Judges the figure: within <paramref name="toleranceMs"/> (plus its own uncertainty) of <paramref name="expectedMs"/>.</summary>
    public MeasuredFigure Expect(double expectedMs, double toleranceMs)
    {
        var pass = Math.Abs(ValueMs - expectedMs) <= toleranceMs + UncertaintyMs;
        return this with
        {
            ExpectedMs = expectedMs,
            ToleranceMs = toleranceMs,
            Verdict = Worst(Verdict, pass ? FigureVerdict.Pass : FigureVerdict.Fail),
            Note = pass ? Note : $"{Format(ValueMs)} ± {Format(UncertaintyMs)} ms is not within {Format(toleranceMs)} ms of {Format(expectedMs)} ms",
        };
    }

    /// <summary>Judges the figure against an upper bound (a budget): the value, less its uncertainty, must not exceed it.</summary>
    public MeasuredFigure AtMost(double budgetMs)
    {
        var pass = ValueMs - UncertaintyMs <= budgetMs;
        // A budget is the range [0, budget]: centre ± half-width, the shape the report draws.
        return this with
        {
            ExpectedMs = budgetMs / 2,
            ToleranceMs = budgetMs / 2,
            Verdict = Worst(Verdict, pass ? FigureVerdict.Pass : FigureVerdict.Fail),
            Note = pass ? Note : $"{Format(ValueMs)} ± {Format(UncertaintyMs)} ms exceeds the budget of {Format(budgetMs)} ms",
        };
    }

    /// <summary>Judges the figure against a lower bound: the value, plus its uncertainty, must reach it.</summary>
    public MeasuredFigure AtLeast(double minimumMs)
    {
        var pass = ValueMs + UncertaintyMs >= minimumMs;
        return this with
        {
            Verdict = Worst(Verdict, pass ? FigureVerdict.Pass : FigureVerdict.Fail),
            Note = pass ? Note : $"{Format(ValueMs)} ± {Format(UncertaintyMs)} ms is below the minimum of {Format(minimumMs)} ms",
        };
    }

    /// <summary>
    /// Compares the figure with the journal's value: they must agree within the measurement's
    /// uncertainty plus <paramref name="journalUncertaintyMs"/> (the journal's own quantisation).
    /// </summary>
    public MeasuredFigure AgreesWithJournal(double journalMs, double journalUncertaintyMs)
    {
        var pass = Math.Abs(ValueMs - journalMs) <= UncertaintyMs + journalUncertaintyMs;
        return this with
        {
            JournalMs = journalMs,
            Verdict = Worst(Verdict, pass ? FigureVerdict.Pass : FigureVerdict.Fail),
            Note = pass ? Note : $"measured {Format(ValueMs)} ± {Format(UncertaintyMs)} ms but the journal says {Format(journalMs)} ms",
        };
    }

    public override string ToString()
    {
        var text = $"{Name} = {Format(ValueMs)} ± {Format(UncertaintyMs)} ms";
        if (ExpectedMs is { } expected)
        {
            text += $" (expected {Format(expected)} ± {Format(ToleranceMs ?? 0)} ms)";
        }

        if (JournalMs is { } journal)
        {
            text += $" (journal {Format(journal)} ms)";
        }

        return $"{text}: {Verdict.ToString().ToLowerInvariant()}" + (Note is null ? "" : $" — {Note}");
    }

    private static FigureVerdict Worst(FigureVerdict a, FigureVerdict b) =>
        a == FigureVerdict.Fail || b == FigureVerdict.Fail ? FigureVerdict.Fail : FigureVerdict.Pass;

    internal static string Format(double ms) => ms.ToString("0.#", CultureInfo.InvariantCulture);
}
