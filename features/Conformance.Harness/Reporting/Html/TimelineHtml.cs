using Conformance.Harness.Reporting.Results;

namespace Conformance.Harness.Reporting.Html;

/// <summary>A timeline attachment in the page: its SVG plot, a legend of what is in it, and the table of measured figures.</summary>
internal static class TimelineHtml
{
    public static void Render(HtmlBuilder html, ReportedAttachment attachment, string id)
    {
        var text = attachment.Text;
        ScenarioTimeline? timeline = null;
        string? error;
        if (text is null)
        {
            error = "the attachment's base64 is malformed";
        }
        else if (!ScenarioTimeline.TryParse(text, out timeline, out error))
        {
            timeline = null;
        }

        if (timeline is null)
        {
            html.Line($"""<div class="timeline-block problem">Timeline {attachment.FileName ?? ""} could not be drawn: {error}</div>""");
            return;
        }

        html.Line($"""<div class="timeline-block"><h3>{timeline.Title}</h3><div class="legend">t = 0: {timeline.Origin}</div>""");
        html.Add(TimelineSvg.RenderMarkup(timeline, id)).Add($"\n");
        Legend(html, timeline);
        Measurements(html, timeline.Measurements);
        html.Add($"</div>\n");
    }

    private static void Legend(HtmlBuilder html, ScenarioTimeline timeline)
    {
        html.Add($"""<div class="legend">""");
        foreach (var kind in timeline.Spans.Select(s => s.Kind).Distinct().Order())
        {
            html.Add($"""<span class="sw" style="background:{TimelinePalette.Span(kind)}"></span>{Words(kind.ToString())}""");
        }

        foreach (var source in timeline.Events.Select(e => e.Source).Distinct().Order())
        {
            html.Add($"""<span class="sw" style="background:{TimelinePalette.Event(source)}"></span>{Words(source.ToString())} event""");
        }

        if (timeline.Measurements.Any(m => m.FromMs is not null))
        {
            html.Add($"""<span class="sw" style="background:{TimelinePalette.Pass};opacity:.3"></span>expected ± tolerance""");
            html.Add($"""<span class="sw" style="background:#8250df"></span>journal value""");
        }

        html.Add($"</div>\n");
    }

    private static void Measurements(HtmlBuilder html, IReadOnlyList<Measurement> measurements)
    {
        if (measurements.Count == 0)
        {
            return;
        }

        html.Line($"""<table class="grid measurements"><tr><th>Figure</th><th>Measured</th><th>Expected</th><th>Budget</th><th>Journal</th><th>Verdict</th><th>Spec</th><th>Note</th></tr>""");
        foreach (var m in measurements)
        {
            var verdict = MeasurementText.VerdictWord(m.Verdict);
            html.Add($"""<tr><td>{m.Name}</td><td>{MeasurementText.ValueWithUncertainty(m)}</td><td>{MeasurementText.Expected(m)}</td><td>{MeasurementText.Budget(m)}</td>""");
            html.Line($"""<td>{MeasurementText.Journal(m)}</td><td class="{verdict}">{MeasurementText.VerdictMark(m.Verdict)} {verdict}</td><td>{m.SpecId}</td><td>{m.Note}</td></tr>""");
        }

        html.Add($"</table>\n");
    }

    /// <summary><c>CallerSpeechTruth</c> → <c>caller speech truth</c>.</summary>
    private static string Words(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal).Replace('_', ' ');
}
