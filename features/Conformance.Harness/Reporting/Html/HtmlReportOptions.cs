namespace Conformance.Harness.Reporting.Html;

/// <summary>What the report says about the run beyond its messages: a title, and details such as the target and tag filter.</summary>
public sealed record HtmlReportOptions
{
    public string Title { get; init; } = "Conformance report";

    /// <summary>Shown in the summary in this order (<c>Target: emulator</c>, <c>Tags: @webrtc</c>…).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details { get; init; } = [];

    /// <summary>Named in the footer: the NDJSON the report was built from.</summary>
    public string? Source { get; init; }
}
