using Conformance.Audio;

namespace Conformance.Harness.Audio;

/// <summary>A caller fixture ready to send: PCM16 at the leg's rate and the ground truth that goes with exactly this audio.</summary>
public sealed record CallerClipAudio(string ClipId, string SourceClipId, ReadOnlyMemory<short> Pcm, int SampleRate, IReadOnlyList<FixtureSegment> Segments)
{
    public double DurationMs => SampleClock.ToMilliseconds(Pcm.Length, SampleRate);

    /// <summary>This clip as sent with its first sample at <paramref name="startMs"/> on the stream timeline.</summary>
    public Measuring.CallerUtterance PlacedAt(double startMs) => new(ClipId, startMs, DurationMs, Segments);
}
