namespace Conformance.Harness.Reporting.Html;

/// <summary>How a measurement reads in the plot and the table: <c>700 ± 40 ms</c>, <c>expected 700 ± 60 ms</c>.</summary>
internal static class MeasurementText
{
    public static string ValueWithUncertainty(Measurement m) =>
        m.UncertaintyMs > 0 ? $"{Ms(m.ValueMs)} ± {Ms(m.UncertaintyMs)} ms" : $"{Ms(m.ValueMs)} ms";

    public static string? Expected(Measurement m) => m.ExpectedMs is { } e
        ? m.ToleranceMs is { } t ? $"{Ms(e)} ± {Ms(t)} ms" : $"{Ms(e)} ms"
        : null;

    public static string? Budget(Measurement m) => m.BudgetMs is { } b ? $"≤ {Ms(b)} ms" : null;

    public static string? Journal(Measurement m) => m.JournalMs is { } j
        ? $"{Ms(j)} ms (Δ {(m.ValueMs - j >= 0 ? "+" : "−")}{Ms(Math.Abs(m.ValueMs - j))})"
        : null;

    public static string VerdictMark(MeasurementVerdict verdict) => verdict switch
    {
        MeasurementVerdict.Pass => "✓",
        MeasurementVerdict.Fail => "✗",
        _ => "·",
    };

    public static string VerdictWord(MeasurementVerdict verdict) => verdict switch
    {
        MeasurementVerdict.Pass => "pass",
        MeasurementVerdict.Fail => "fail",
        _ => "info",
    };

    /// <summary>Everything about the figure on one line, for a tooltip.</summary>
    public static string Describe(Measurement m)
    {
        var parts = new List<string> { $"{m.Name}: {ValueWithUncertainty(m)}" };
        if (Expected(m) is { } expected)
        {
            parts.Add("expected " + expected);
        }

        if (Budget(m) is { } budget)
        {
            parts.Add("budget " + budget);
        }

        if (Journal(m) is { } journal)
        {
            parts.Add("journal " + journal);
        }

        if (m.FromMs is { } from && m.ToMs is { } to)
        {
            parts.Add($"from {Ms(from)} to {Ms(to)} ms");
        }

        parts.Add(VerdictWord(m.Verdict));
        if (m.SpecId is { } spec)
        {
            parts.Add(spec);
        }

        return string.Join("; ", parts);
    }

    public static string Ms(double ms) => HtmlBuilder.Number(ms, "0.#");
}
