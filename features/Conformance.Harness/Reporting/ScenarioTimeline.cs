using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Conformance.Harness.Reporting;

/// <summary>
/// What the harness saw during one scenario, on one millisecond axis whose zero is
/// <see cref="Origin"/> (say, "first caller frame sent"): both sides' waveforms, speech and audio
/// spans, protocol and journal events, and the measured figures. Attached to the scenario as
/// <see cref="MediaType"/> JSON (<see cref="ScenarioTimelineOutputExtensions.AttachTimeline"/>);
/// the HTML report draws it.
/// </summary>
public sealed record ScenarioTimeline(
    string Title,
    string Origin,
    IReadOnlyList<TimelineTrack> Tracks,
    IReadOnlyList<TimelineSpan> Spans,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Measurement> Measurements)
{
    public const string MediaType = "application/vnd.conformance.timeline+json";

    public const string DefaultFileName = "timeline.json";

    /// <summary>Compact JSON, the same bytes for the same timeline.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, TimelineJsonContext.Default.ScenarioTimeline);

    public static bool TryParse(string json, [NotNullWhen(true)] out ScenarioTimeline? timeline, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(Encoding.UTF8.GetBytes(json), out timeline, out error);
    }

    /// <summary>Reads a timeline attachment; malformed JSON or inconsistent data is an error message, never an exception.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out ScenarioTimeline? timeline, [NotNullWhen(false)] out string? error)
    {
        timeline = null;
        ScenarioTimeline? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(utf8Json, TimelineJsonContext.Default.ScenarioTimeline);
        }
        catch (JsonException e)
        {
            error = $"Not a timeline: {e.Message}";
            return false;
        }

        if (parsed is null)
        {
            error = "Not a timeline: the JSON is null.";
            return false;
        }

        parsed = parsed with
        {
            Tracks = parsed.Tracks ?? [],
            Spans = parsed.Spans ?? [],
            Events = parsed.Events ?? [],
            Measurements = parsed.Measurements ?? [],
        };
        error = TimelineValidation.FirstProblem(parsed);
        if (error is not null)
        {
            return false;
        }

        timeline = parsed;
        return true;
    }
}
