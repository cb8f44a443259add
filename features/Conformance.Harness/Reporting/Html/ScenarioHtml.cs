using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Pickles;
using Conformance.Harness.Reporting.Results;

namespace Conformance.Harness.Reporting.Html;

/// <summary>One scenario as a <c>&lt;details&gt;</c> block (open when it did not pass): steps, logs, attachments, timelines.</summary>
internal static class ScenarioHtml
{
    private const int TextAttachmentLimit = 64 * 1024;

    private static readonly HashSet<string> s_images = new(StringComparer.Ordinal) { "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml" };

    public static void Render(HtmlBuilder html, ReportedScenario scenario, int number)
    {
        var status = StatusText.Class(scenario.Status);
        var open = scenario.Status == TestStepResultStatus.Passed ? "" : " open";
        html.Add($"""<details class="scenario {status}" id="scenario-{number}"{new Markup(open)}><summary>""");
        html.Add($"""<span class="badge {status}">{StatusText.Word(scenario.Status)}</span><strong>{scenario.Keyword}: {scenario.Name}</strong>""");
        if (scenario.ExampleRow is { } row)
        {
            html.Add($" ({row})");
        }

        html.Add($"""<span class="dur">{StatusText.Duration(scenario.Duration)}</span>""");
        if (scenario.Tags.Count > 0)
        {
            html.Add($"""<span class="tags">{string.Join(" ", scenario.Tags)}</span>""");
        }

        html.Line($"""</summary>""");
        html.Line($"""<div class="where">{scenario.Location}</div>""");
        html.Line($"""<ol class="steps">""");
        foreach (var step in scenario.Steps)
        {
            var logs = scenario.Attachments.Where(a => a.IsLog && a.TestStepId is not null && a.TestStepId == step.TestStepId).ToArray();
            Step(html, step, logs);
        }

        html.Add($"</ol>\n");
        var known = scenario.Steps.Select(s => s.TestStepId).ToHashSet(StringComparer.Ordinal);
        var unplacedLogs = scenario.Attachments.Where(a => a.IsLog && (a.TestStepId is null || !known.Contains(a.TestStepId))).ToArray();
        if (unplacedLogs.Length > 0)
        {
            html.Line($"""<pre class="log">{string.Join("\n", unplacedLogs.Select(l => l.Text))}</pre>""");
        }

        var timelines = scenario.Attachments.Where(a => a.IsTimeline).ToArray();
        for (var i = 0; i < timelines.Length; i++)
        {
            TimelineHtml.Render(html, timelines[i], $"timeline-{number}-{i + 1}");
        }

        Attachments(html, [.. scenario.Attachments.Where(a => !a.IsLog && !a.IsTimeline)], $"scenario-{number}");
        html.Add($"</details>\n");
    }

    public static void Step(HtmlBuilder html, ReportedStep step, IReadOnlyList<ReportedAttachment> logs)
    {
        var status = StatusText.Class(step.Status);
        html.Add($"""<li class="{(step.IsHook ? "hook " : "")}{status}"><span class="mark" title="{StatusText.Word(step.Status)}">{StatusText.Mark(step.Status)}</span>""");
        if (step.IsHook)
        {
            html.Add($"""<span class="hook">{step.Keyword} hook {step.Text}</span>""");
        }
        else
        {
            html.Add($"""<span class="kw">{step.Keyword}</span>{step.Text}""");
        }

        if (step.Location is { } where)
        {
            html.Add($"""<span class="where">{where}</span>""");
        }

        if (step.Status is not (TestStepResultStatus.Skipped or TestStepResultStatus.Unknown))
        {
            html.Add($"""<span class="dur">{StatusText.Duration(step.Duration)}</span>""");
        }
        else if (step.Status == TestStepResultStatus.Unknown)
        {
            html.Add($"""<span class="dur">not run</span>""");
        }

        html.Add($"""<div class="step-body">""");
        Argument(html, step.Argument);
        if (step.Message is { Length: > 0 } message)
        {
            html.Add($"""<pre class="error">{message}</pre>""");
        }
        else if (step.Exception is { } bare)
        {
            html.Add($"""<pre class="error">{bare.Type}: {bare.Message}</pre>""");
        }

        if (step.Exception is { StackTrace: { Length: > 0 } stackTrace } exception)
        {
            html.Add($"""<details class="exception"><summary>stack trace</summary><pre>{exception.Type}: {exception.Message}""")
                .Add($"\n{stackTrace}</pre></details>");
        }

        foreach (var snippet in step.Snippets)
        {
            html.Add($"""<p>You can implement this step with:</p><pre class="snippet">{snippet}</pre>""");
        }

        foreach (var log in logs)
        {
            html.Add($"""<pre class="log">{log.Text ?? "(malformed base64)"}</pre>""");
        }

        html.Add($"</div></li>\n");
    }

    public static void Attachments(HtmlBuilder html, IReadOnlyList<ReportedAttachment> attachments, string idPrefix)
    {
        if (attachments.Count == 0)
        {
            return;
        }

        html.Line($"""<h3>Attachments</h3><ul class="attachments">""");
        for (var i = 0; i < attachments.Count; i++)
        {
            var a = attachments[i];
            var bytes = a.Bytes;
            var name = a.FileName ?? $"attachment {i + 1}";
            html.Add($"""<li id="{idPrefix}-attachment-{i + 1}"><code>{name}</code> <span class="where">{a.MediaType}, {bytes?.Length ?? 0} bytes</span>""");
            if (bytes is null)
            {
                html.Add($"""<div class="problem">The attachment's base64 is malformed.</div>""");
            }
            else if (s_images.Contains(a.MediaType))
            {
                // A data URI in an <img>: scripts inside an SVG attachment do not run there.
                html.Add($"""<div><img class="attachment" alt="{name}" src="data:{a.MediaType};base64,{Convert.ToBase64String(bytes)}"></div>""");
            }
            else if (IsText(a.MediaType) && bytes.Length <= TextAttachmentLimit)
            {
                html.Add($"""<details><summary>show</summary><pre>{a.Text}</pre></details>""");
            }

            html.Add($"</li>\n");
        }

        html.Add($"</ul>\n");
    }

    private static bool IsText(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("json", StringComparison.Ordinal) || mediaType.EndsWith("xml", StringComparison.Ordinal);

    private static void Argument(HtmlBuilder html, PickleStepArgument? argument)
    {
        if (argument?.DocString is { } doc)
        {
            html.Add($"""<pre class="docstring">{doc.Content}</pre>""");
        }

        if (argument?.DataTable is { Rows: { } rows })
        {
            html.Add($"""<table class="grid datatable">""");
            foreach (var row in rows)
            {
                html.Add($"<tr>");
                foreach (var cell in row?.Cells ?? [])
                {
                    html.Add($"<td>{cell?.Value}</td>");
                }

                html.Add($"</tr>");
            }

            html.Add($"</table>");
        }
    }
}
