using System.Text.Json.Serialization;

namespace Conformance.Audio;

/// <summary>One file of a fixture manifest (caller audio or model clips); see fixtures/audio/README.md for the fields.</summary>
public sealed record FixtureClip
{
    public required string Id { get; init; }

    /// <summary>Path relative to the manifest's folder.</summary>
    public required string File { get; init; }

    /// <summary><c>original</c> (a byte copy of the source), <c>scenario</c> (a clip for scenarios), <c>variant</c> (a leg format of a scenario clip) or <c>model</c>.</summary>
    public required string Role { get; init; }

    /// <summary><c>speech</c>, <c>backchannel</c>, <c>silence</c>, <c>noise</c> or <c>noisy-speech</c>.</summary>
    public required string Kind { get; init; }

    public required int SampleRate { get; init; }

    public required int Channels { get; init; }

    /// <summary>As written in the manifest: <c>pcm16</c>, <c>mulaw</c> or <c>alaw</c>.</summary>
    [JsonPropertyName("encoding")]
    public required string EncodingName { get; init; }

    /// <summary>Samples per channel.</summary>
    public required long Samples { get; init; }

    public required double DurationMs { get; init; }

    public double? LevelDbfs { get; init; }

    public double? NoiseFloorDbfs { get; init; }

    public string? Sha256 { get; init; }

    public string? Transcript { get; init; }

    public string? Speaker { get; init; }

    /// <summary>Key into the manifest's <c>sources</c> (licence and attribution).</summary>
    public string? Source { get; init; }

    public string? Purpose { get; init; }

    /// <summary>Ground-truth utterances; null when they cannot be measured on this file (see <see cref="SegmentsFrom"/>).</summary>
    public IReadOnlyList<FixtureSegment>? SpeechSegments { get; init; }

    /// <summary>For a noisy original: the clip on the same timeline whose segments are this file's ground truth.</summary>
    public string? SegmentsFrom { get; init; }

    /// <summary>Leg formats of a scenario clip, by name (<c>pcmu</c>, <c>pcma</c>, <c>48k</c>, …) → clip id.</summary>
    public IReadOnlyDictionary<string, string> Variants { get; init; } = new Dictionary<string, string>();

    public FixtureDerivation? DerivedFrom { get; init; }

    /// <summary>For two-utterance clips: the pause between them, in ms.</summary>
    public int? PauseMs { get; init; }

    /// <summary>For noise above the VAD threshold: no speech, yet an energy VAD fires.</summary>
    public bool EnergyVadTriggers { get; init; }

    [JsonIgnore]
    public AudioEncoding Encoding => EncodingName switch
    {
        "pcm16" => AudioEncoding.Pcm16,
        "mulaw" => AudioEncoding.MuLaw,
        "alaw" => AudioEncoding.ALaw,
        _ => throw new FormatException($"Clip '{Id}' has unknown encoding '{EncodingName}'."),
    };

    /// <summary>Onset of the first utterance (ms), or null when the clip has none.</summary>
    [JsonIgnore]
    public double? FirstOnsetMs => SpeechSegments is { Count: > 0 } s ? s[0].OnsetMs : null;

    /// <summary>Offset of the last utterance (ms), or null when the clip has none.</summary>
    [JsonIgnore]
    public double? LastOffsetMs => SpeechSegments is { Count: > 0 } s ? s[^1].OffsetMs : null;
}
