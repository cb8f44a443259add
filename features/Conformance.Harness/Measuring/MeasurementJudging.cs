using System.Globalization;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Measuring;

/// <summary>
/// How the harness judges a figure, always giving it the benefit of its own uncertainty
/// (turn-semantics §6): a figure passes when it could be right, fails when it cannot be; a
/// failed judgement says why in the figure's <see cref="Measurement.Note"/>.
/// </summary>
public static class MeasurementJudging
{
    /// <summary>Within <paramref name="toleranceMs"/> (plus the figure's uncertainty) of <paramref name="expectedMs"/>.</summary>
    public static Measurement Expecting(this Measurement figure, double expectedMs, double toleranceMs)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var ok = Math.Abs(figure.ValueMs - expectedMs) <= toleranceMs + figure.UncertaintyMs;
        return Judge(figure, ok, $"{Describe(figure)} is not within {F(toleranceMs)} ms of the expected {F(expectedMs)} ms") with
        {
            ExpectedMs = expectedMs,
            ToleranceMs = toleranceMs,
        };
    }

    /// <summary>No more than <paramref name="budgetMs"/>: the value, less its uncertainty, must not exceed it.</summary>
    public static Measurement WithinBudgetOf(this Measurement figure, double budgetMs)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var ok = figure.ValueMs - figure.UncertaintyMs <= budgetMs;
        return Judge(figure, ok, $"{Describe(figure)} exceeds the budget of {F(budgetMs)} ms") with { BudgetMs = budgetMs };
    }

    /// <summary>At least <paramref name="minimumMs"/>: the value, plus its uncertainty, must reach it.</summary>
    public static Measurement AtLeast(this Measurement figure, double minimumMs)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var ok = figure.ValueMs + figure.UncertaintyMs >= minimumMs;
        return Judge(figure, ok, $"{Describe(figure)} is below the minimum of {F(minimumMs)} ms");
    }

    /// <summary>
    /// Agrees with the emulator's journal: within the figure's uncertainty plus the journal's own
    /// quantisation (<paramref name="journalUncertaintyMs"/>). The journal is the emulator's
    /// decision; the measurement is independent of it.
    /// </summary>
    public static Measurement AgreeingWithJournal(this Measurement figure, double journalMs, double journalUncertaintyMs)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var ok = Math.Abs(figure.ValueMs - journalMs) <= figure.UncertaintyMs + journalUncertaintyMs;
        return Judge(figure, ok, $"{Describe(figure)} but the emulator's journal says {F(journalMs)} ms") with { JournalMs = journalMs };
    }

    /// <summary>A one-line account of the figure for step messages.</summary>
    public static string Describe(this Measurement figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return $"{figure.Name} {F(figure.ValueMs)} ± {F(figure.UncertaintyMs)} ms";
    }

    public static bool Failed(this Measurement figure) => figure?.Verdict == MeasurementVerdict.Fail;

    internal static string F(double ms) => ms.ToString("0.#", CultureInfo.InvariantCulture);

    private static Measurement Judge(Measurement figure, bool ok, string whyNot)
    {
        var verdict = figure.Verdict == MeasurementVerdict.Fail || !ok ? MeasurementVerdict.Fail : MeasurementVerdict.Pass;
        var note = ok ? figure.Note : figure.Note is null ? whyNot : $"{figure.Note}; {whyNot}";
        return figure with { Verdict = verdict, Note = note };
    }
}
