namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// The timeline's colours, written as SVG presentation attributes so a plot copied out of the page
/// still reads; the page's legend uses the same values.
/// </summary>
internal static class TimelinePalette
{
    public const string Caller = "#2b6cb0";
    public const string Agent = "#b7791f";
    public const string Pass = "#1a7f37";
    public const string Fail = "#cf222e";
    public const string Info = "#57606a";
    public const string Grid = "#d0d7de";
    public const string Ink = "#24292f";

    public static string Span(TimelineSpanKind kind) => kind switch
    {
        TimelineSpanKind.CallerSpeechTruth => "#90cdf4",
        TimelineSpanKind.CallerSpeechSent => "#2c5282",
        TimelineSpanKind.CallerSpeechJournal => "#805ad5",
        TimelineSpanKind.AgentAudioReceived => "#975a16",
        TimelineSpanKind.AgentAudioHeard => "#fbd38d",
        TimelineSpanKind.AgentAudioJournal => "#805ad5",
        _ => "#cbd5e0",
    };

    public static string Event(TimelineEventSource source) => source switch
    {
        TimelineEventSource.Wire => "#0969da",
        TimelineEventSource.Journal => "#8250df",
        _ => "#57606a",
    };

    public static string Verdict(MeasurementVerdict verdict) => verdict switch
    {
        MeasurementVerdict.Pass => Pass,
        MeasurementVerdict.Fail => Fail,
        _ => Info,
    };

    /// <summary>How a span is drawn in its lane: a full-height band, or a thin strip along the top or bottom.</summary>
    public static SpanBand Band(TimelineSpanKind kind) => kind switch
    {
        TimelineSpanKind.CallerSpeechSent or TimelineSpanKind.AgentAudioReceived => SpanBand.Top,
        TimelineSpanKind.CallerSpeechJournal or TimelineSpanKind.AgentAudioJournal => SpanBand.Bottom,
        _ => SpanBand.Full,
    };

    public static TrackRole? Role(TimelineSpanKind kind) => kind switch
    {
        TimelineSpanKind.CallerSpeechTruth or TimelineSpanKind.CallerSpeechSent or TimelineSpanKind.CallerSpeechJournal => TrackRole.Caller,
        TimelineSpanKind.AgentAudioReceived or TimelineSpanKind.AgentAudioHeard or TimelineSpanKind.AgentAudioJournal => TrackRole.Agent,
        _ => null,
    };
}
