using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// What the caller had heard at one moment (<see cref="AgentEar.Snapshot"/>): the audio, the
/// ranges that were agent audio, and the audible agent speech — with the questions §6 asks of it.
/// Times are ms on the stream timeline.
/// </summary>
public sealed class AgentEarSnapshot
{
    internal AgentEarSnapshot(int sampleRate, short[] pcm, IReadOnlyList<SampleRange> played, IReadOnlyList<AudibleSegment> segments)
    {
        SampleRate = sampleRate;
        Pcm = pcm;
        Played = played;
        Segments = segments;
    }

    public int SampleRate { get; }

    public ReadOnlyMemory<short> Pcm { get; }

    /// <summary>Ranges of agent samples played out (in samples).</summary>
    public IReadOnlyList<SampleRange> Played { get; }

    /// <summary>Audible agent speech, in order; the last may be open.</summary>
    public IReadOnlyList<AudibleSegment> Segments { get; }

    public double LengthMs => ToMs(Pcm.Length);

    /// <summary>The first audible agent speech that starts at or after <paramref name="fromMs"/>.</summary>
    public AudibleSegment? FirstSpeechFrom(double fromMs) => Segments.FirstOrDefault(s => s.StartMs >= fromMs);

    /// <summary>The audible agent speech going on at <paramref name="atMs"/>, if any.</summary>
    public AudibleSegment? SpeechAt(double atMs) => Segments.FirstOrDefault(s => s.StartMs <= atMs && atMs < s.EndMs);

    /// <summary>Where audible agent speech last ended at or after <paramref name="fromMs"/> (null if none was heard after it).</summary>
    public double? LastSpeechEndAfter(double fromMs) =>
        Segments.Where(s => s.EndMs > fromMs).Select(s => (double?)s.EndMs).LastOrDefault();

    /// <summary>Agent audio played out at or after <paramref name="fromMs"/>, in ms.</summary>
    public double PlayedMsFrom(double fromMs) => PlayedRanges.MsFrom(Played, SampleRate, fromMs);

    /// <summary>Agent audio played in [<paramref name="fromMs"/>, <paramref name="toMs"/>), in ms.</summary>
    public double PlayedMsBetween(double fromMs, double toMs) => PlayedRanges.MsBetween(Played, SampleRate, fromMs, toMs);

    /// <summary>The first run of agent audio starting at or after <paramref name="fromMs"/>.</summary>
    public (double StartMs, double EndMs)? PlayedRunFrom(double fromMs) => PlayedRanges.FirstStartingFrom(Played, SampleRate, fromMs);

    /// <summary>The run of agent audio playing at <paramref name="atMs"/> (or ending within a frame before it).</summary>
    public (double StartMs, double EndMs)? PlayedRunAt(double atMs) => PlayedRanges.At(Played, SampleRate, atMs);

    /// <summary>The end of the last agent sample played out (null if none).</summary>
    public double? LastPlayedEndMs => Played.Count == 0 ? null : ToMs(Played[^1].End);

    /// <summary>The start of the first agent sample played out at or after <paramref name="fromMs"/>.</summary>
    public double? FirstPlayedFrom(double fromMs)
    {
        var from = SampleClock.FromMilliseconds(fromMs, SampleRate);
        var range = Played.FirstOrDefault(r => r.End > from);
        return range.Length == 0 ? null : ToMs(Math.Max(range.Start, from));
    }

    /// <summary>The agent audio played out in [<paramref name="fromMs"/>, <paramref name="toMs"/>), silence elsewhere zeroed: what the caller heard of the agent.</summary>
    public short[] AgentAudio(double fromMs, double toMs)
    {
        var from = (int)Math.Clamp(SampleClock.FromMilliseconds(fromMs, SampleRate), 0, Pcm.Length);
        var to = (int)Math.Clamp(SampleClock.FromMilliseconds(toMs, SampleRate), from, Pcm.Length);
        return Pcm.Span[from..to].ToArray();
    }

    private double ToMs(long samples) => SampleClock.ToMilliseconds(samples, SampleRate);
}
