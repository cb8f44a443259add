using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// What the caller heard, on the stream timeline (samples at the leg's playout rate since the
/// stream started): every sample, which of them were agent audio (the rest is the silence a
/// phone plays when nothing is queued), and the agent speech a detector finds in it
/// (<see cref="MeasurementRules.AgentDetector"/>). Fed one chunk per playout tick; clock-free.
/// Not thread-safe: the call driver's loop owns it; readers take <see cref="Snapshot"/>.
/// </summary>
public sealed class AgentEar
{
    private readonly SpeechDetector _detector;
    private readonly int _frameSamples;
    private readonly List<short> _pcm = [];
    private readonly List<SampleRange> _played = [];
    private readonly List<SampleRange> _segments = [];
    private long _detected;
    private long _openStart = -1;
    private long _openLastVoicedEnd;

    public AgentEar(int sampleRate, SpeechDetectorOptions? detector = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
        var options = detector ?? MeasurementRules.AgentDetector;
        _detector = new SpeechDetector(sampleRate, options);
        _frameSamples = PcmFramer.SamplesPerFrame(sampleRate, options.FrameMs);
    }

    public int SampleRate { get; }

    /// <summary>Samples heard so far (the playout clock).</summary>
    public long Length => _pcm.Count;

    public double LengthMs => ToMs(_pcm.Count);

    /// <summary>
    /// Appends what was heard next: <paramref name="heard"/> samples, of which
    /// [<paramref name="agentOffset"/>, <paramref name="agentOffset"/> + <paramref name="agentCount"/>)
    /// were agent audio.
    /// </summary>
    public void Append(ReadOnlySpan<short> heard, int agentOffset, int agentCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(agentOffset);
        ArgumentOutOfRangeException.ThrowIfNegative(agentCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(agentOffset + agentCount, heard.Length);
        var start = (long)_pcm.Count;
        _pcm.AddRange(heard);
        if (agentCount > 0)
        {
            AddPlayed(new SampleRange(start + agentOffset, start + agentOffset + agentCount));
        }

        while (_pcm.Count - _detected >= _frameSamples)
        {
            Detect(_frameSamples);
        }
    }

    /// <summary>Appends agent audio that was all heard (a WebRTC packet as it arrived).</summary>
    public void AppendAgent(ReadOnlySpan<short> heard) => Append(heard, 0, heard.Length);

    /// <summary>Appends silence (nothing from the agent).</summary>
    public void AppendSilence(int samples)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        Span<short> zeros = stackalloc short[Math.Min(samples, 4096)];
        zeros.Clear();
        for (var left = samples; left > 0; left -= zeros.Length)
        {
            var n = Math.Min(left, zeros.Length);
            Append(zeros[..n], 0, 0);
        }
    }

    /// <summary>Audible agent speech so far; the last may be open (still going on).</summary>
    public IReadOnlyList<AudibleSegment> Segments
    {
        get
        {
            var segments = new List<AudibleSegment>(_segments.Count + 1);
            segments.AddRange(_segments.Select(s => new AudibleSegment(ToMs(s.Start), ToMs(s.End), false)));
            if (_openStart >= 0)
            {
                segments.Add(new AudibleSegment(ToMs(_openStart), ToMs(_openLastVoicedEnd), true));
            }

            return segments;
        }
    }

    /// <summary>Ranges of agent samples played out so far.</summary>
    public IReadOnlyList<SampleRange> Played => _played;

    /// <summary>Agent audio played at or after <paramref name="fromMs"/>, in ms.</summary>
    public double PlayedMsFrom(double fromMs) => PlayedRanges.MsFrom(_played, SampleRate, fromMs);

    /// <summary>The first run of agent audio starting at or after <paramref name="fromMs"/>.</summary>
    public (double StartMs, double EndMs)? PlayedRunFrom(double fromMs) => PlayedRanges.FirstStartingFrom(_played, SampleRate, fromMs);

    /// <summary>The run of agent audio playing at <paramref name="atMs"/>.</summary>
    public (double StartMs, double EndMs)? PlayedRunAt(double atMs) => PlayedRanges.At(_played, SampleRate, atMs);

    /// <summary>True while the last frame heard was agent audio.</summary>
    public bool AgentPlaying => _played.Count > 0 && _played[^1].End == _pcm.Count;

    /// <summary>The first audible agent speech that starts at or after <paramref name="fromMs"/>.</summary>
    public AudibleSegment? FirstSpeechFrom(double fromMs)
    {
        foreach (var segment in _segments)
        {
            if (ToMs(segment.Start) >= fromMs)
            {
                return new AudibleSegment(ToMs(segment.Start), ToMs(segment.End), false);
            }
        }

        return _openStart >= 0 && ToMs(_openStart) >= fromMs ? new AudibleSegment(ToMs(_openStart), ToMs(_openLastVoicedEnd), true) : null;
    }

    /// <summary>An immutable view of everything heard so far.</summary>
    public AgentEarSnapshot Snapshot() => new(SampleRate, [.. _pcm], [.. _played], Segments);

    private void AddPlayed(SampleRange range)
    {
        if (_played.Count > 0 && _played[^1].End == range.Start)
        {
            _played[^1] = _played[^1] with { End = range.End };
        }
        else
        {
            _played.Add(range);
        }
    }

    private void Detect(int count)
    {
        var frame = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pcm).Slice((int)_detected, count);
        var edge = _detector.Process(frame, _detected);
        _detected += count;
        if (_detector.InSpeech && _detector.LastFrameVoiced)
        {
            _openLastVoicedEnd = _detected;
        }

        switch (edge)
        {
            case { IsStart: true } start:
                _openStart = start.Timestamp;
                _openLastVoicedEnd = _detected;
                break;
            case { IsStart: false } end:
                _segments.Add(new SampleRange(_openStart, end.Timestamp));
                _openStart = -1;
                break;
        }
    }

    private double ToMs(long samples) => SampleClock.ToMilliseconds(samples, SampleRate);
}
