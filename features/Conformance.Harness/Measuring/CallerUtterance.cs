using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// A fixture clip the caller sent, placed on the stream timeline: its first sample went out at
/// <see cref="StartMs"/>, so its ground-truth speech (the manifest's segments of the variant that
/// was sent) lies at <see cref="StartMs"/> + segment times (turn-semantics §6: "send time of the
/// fixture's first / last voiced sample").
/// </summary>
public sealed record CallerUtterance(string ClipId, double StartMs, double DurationMs, IReadOnlyList<FixtureSegment> Segments)
{
    /// <summary>Segments that are speech (a breath flagged <c>nonSpeech</c> is not).</summary>
    public IReadOnlyList<FixtureSegment> Speech => [.. Segments.Where(s => !s.NonSpeech)];

    public bool HasSpeech => Speech.Count > 0;

    /// <summary>When the caller's first voiced sample was sent.</summary>
    public double OnsetMs => StartMs + (HasSpeech ? Speech[0].OnsetMs : throw NoSpeech());

    /// <summary>When the caller's last voiced sample was sent.</summary>
    public double EndMs => StartMs + (HasSpeech ? Speech[^1].OffsetMs : throw NoSpeech());

    public double StopMs => StartMs + DurationMs;

    /// <summary>Total voiced time (the sum of the speech segments).</summary>
    public double VoicedMs => Speech.Sum(s => s.DurationMs);

    private InvalidOperationException NoSpeech() => new($"Clip '{ClipId}' has no speech segments in its manifest.");
}
