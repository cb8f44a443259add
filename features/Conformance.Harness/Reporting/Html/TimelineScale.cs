namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// Maps timeline milliseconds to x on the plot, over a range widened to whole axis steps, and
/// picks an axis step that gives at most about a dozen labelled ticks.
/// </summary>
internal sealed class TimelineScale
{
    private static readonly double[] s_steps = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000];

    public TimelineScale(double fromMs, double toMs, double left, double width)
    {
        var span = Math.Max(toMs - fromMs, 1);
        Step = s_steps.FirstOrDefault(s => span / s <= 12, s_steps[^1]);
        while (span / Step > 12)
        {
            Step *= 2;
        }

        StartMs = Math.Floor(fromMs / Step) * Step;
        EndMs = Math.Max(Math.Ceiling(toMs / Step) * Step, StartMs + Step);
        Left = left;
        Width = width;
    }

    public double StartMs { get; }

    public double EndMs { get; }

    public double Step { get; }

    public double Left { get; }

    public double Width { get; }

    public double Right => Left + Width;

    public double X(double ms) => Left + ((ms - StartMs) / (EndMs - StartMs) * Width);

    /// <summary>Pixels per millisecond.</summary>
    public double PerMs => Width / (EndMs - StartMs);

    public IEnumerable<double> Ticks()
    {
        for (var t = StartMs; t <= EndMs + (Step / 2); t += Step)
        {
            yield return t;
        }
    }

    /// <summary>"250 ms" under a second's steps, else seconds ("1.5 s").</summary>
    public string Label(double ms) => Step < 1000 && Math.Abs(EndMs) < 10_000
        ? HtmlBuilder.Number(ms, "0") + " ms"
        : HtmlBuilder.Number(ms / 1000, "0.##") + " s";
}
