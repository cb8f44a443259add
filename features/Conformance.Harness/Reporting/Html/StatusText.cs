using Conformance.Gherkin.Messages;

namespace Conformance.Harness.Reporting.Html;

/// <summary>Words, marks and CSS classes for step and scenario statuses.</summary>
internal static class StatusText
{
    /// <summary>Worst first: the order the summary lists them in.</summary>
    public static readonly TestStepResultStatus[] Order =
    [
        TestStepResultStatus.Failed, TestStepResultStatus.Unknown, TestStepResultStatus.Ambiguous, TestStepResultStatus.Undefined,
        TestStepResultStatus.Pending, TestStepResultStatus.Skipped, TestStepResultStatus.Passed,
    ];

    public static string Class(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.Unknown => "unknown",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Word(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.Unknown => "not run",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Mark(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.Passed => "✓",
        TestStepResultStatus.Failed => "✗",
        TestStepResultStatus.Skipped => "–",
        TestStepResultStatus.Unknown => "·",
        _ => "?",
    };

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "",
        { TotalMilliseconds: < 1000 } d => HtmlBuilder.Number(d.TotalMilliseconds, "0") + " ms",
        { TotalSeconds: < 120 } d => HtmlBuilder.Number(d.TotalSeconds, "0.00") + " s",
        { } d => $"{(int)d.TotalMinutes} min {HtmlBuilder.Number(d.Seconds, "0")} s",
    };
}
