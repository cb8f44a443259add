using System.Text.Json.Serialization;

namespace Conformance.Audio;

/// <summary>
/// One ground-truth utterance of a fixture clip, in milliseconds from the start of the file, as
/// <see cref="SpeechDetector"/> (manifest <c>detector</c> settings) finds it, with sox's
/// independent estimate beside it (null where sox does not find it; see the fixture README).
/// </summary>
public sealed record FixtureSegment
{
    public required double OnsetMs { get; init; }

    public required double OffsetMs { get; init; }

    public double? SoxOnsetMs { get; init; }

    public double? SoxOffsetMs { get; init; }

    /// <summary>True for a sound an energy VAD reports but that is not speech (a breath, a click).</summary>
    public bool NonSpeech { get; init; }

    public string? Note { get; init; }

    [JsonIgnore]
    public double DurationMs => OffsetMs - OnsetMs;
}
