namespace Conformance.Audio;

/// <summary>
/// Frame-energy voice activity detection with hysteresis, minimum onset and hangover
/// (turn-semantics §1). Clock-free: frames come in with their media timestamps and speech edges
/// come out dated in samples, so the same audio always yields the same edges.
/// </summary>
/// <remarks>
/// <code>
///            voiced (≥ on)                  run ≥ MinOnset            unvoiced ≥ Hangover
///   Silent ─────────────────► Onset ─────────────────────────► Speech ─────────────────────► Silent
///     ▲                         │ unvoiced                      │  ▲     (edge: end = end of
///     └─────────────────────────┘ (run dropped)                 │  │      last voiced frame)
///                                          (edge: start = first │  │ voiced (≥ off)
///                                           frame of the run)   └──┘ resets the hangover
/// </code>
/// Frames may have any length; durations are summed in samples. Not thread-safe.
/// </remarks>
public sealed class SpeechDetector
{
    private readonly long _minOnsetSamples;
    private readonly long _hangoverSamples;
    private State _state;
    private long _runStart;
    private long _voicedInRun;
    private long _lastVoicedEnd;
    private long _expectedTimestamp = -1;

    public SpeechDetector(int sampleRate, SpeechDetectorOptions? options = null, int channels = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        Options = options ?? new SpeechDetectorOptions();
        Options.Validate();
        SampleRate = sampleRate;
        Channels = channels;
        _minOnsetSamples = SampleClock.FromMilliseconds(Options.MinOnsetMs, sampleRate);
        _hangoverSamples = SampleClock.FromMilliseconds(Options.HangoverMs, sampleRate);
    }

    private enum State
    {
        Silent,
        Onset,
        Speech,
    }

    public SpeechDetectorOptions Options { get; }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>True between a start edge and its end edge.</summary>
    public bool InSpeech => _state == State.Speech;

    /// <summary>The level of the last frame, in dBFS.</summary>
    public double LastFrameDbfs { get; private set; } = SignalAnalysis.MinDbfs;

    /// <summary>
    /// Whether the last frame was voiced (≥ <see cref="SpeechDetectorOptions.OnDbfs"/>, or ≥
    /// <see cref="SpeechDetectorOptions.OffDbfs"/> in speech), before any onset run is complete:
    /// what an "instant" barge-in policy reacts to.
    /// </summary>
    public bool LastFrameVoiced { get; private set; }

    /// <summary>
    /// Feeds one frame (interleaved samples) whose first sample is at <paramref name="timestamp"/>
    /// (samples per channel). Returns the edge this frame completes, if any. Frames must be
    /// contiguous and in order.
    /// </summary>
    public SpeechEdge? Process(ReadOnlySpan<short> frame, long timestamp)
    {
        if (frame.IsEmpty || frame.Length % Channels != 0)
        {
            throw new ArgumentException($"A frame needs whole {Channels}-channel sample frames; got {frame.Length} samples.", nameof(frame));
        }

        if (_expectedTimestamp >= 0 && timestamp != _expectedTimestamp)
        {
            throw new ArgumentException($"Frames must be contiguous: expected timestamp {_expectedTimestamp}, got {timestamp}.", nameof(timestamp));
        }

        var length = frame.Length / Channels;
        var end = timestamp + length;
        _expectedTimestamp = end;
        LastFrameDbfs = SignalAnalysis.Dbfs(frame);
        var threshold = _state == State.Speech ? Options.OffDbfs : Options.OnDbfs;
        var voiced = LastFrameDbfs >= threshold;
        LastFrameVoiced = voiced;

        switch (_state)
        {
            case State.Silent when voiced:
                _runStart = timestamp;
                _voicedInRun = 0;
                _state = State.Onset;
                return ContinueOnset(length, end);
            case State.Onset when voiced:
                return ContinueOnset(length, end);
            case State.Onset:
                _state = State.Silent;
                return null;
            case State.Speech when voiced:
                _lastVoicedEnd = end;
                return null;
            case State.Speech when end - _lastVoicedEnd >= _hangoverSamples:
                _state = State.Silent;
                return new SpeechEdge(false, _lastVoicedEnd, SampleRate);
            default:
                return null;
        }
    }

    /// <summary>
    /// Ends the stream: an utterance still open ends at its last voiced frame (the stream's end
    /// counts as silence); an onset run too short to count is dropped.
    /// </summary>
    public SpeechEdge? Finish()
    {
        var edge = _state == State.Speech ? new SpeechEdge(false, _lastVoicedEnd, SampleRate) : (SpeechEdge?)null;
        _state = State.Silent;
        _expectedTimestamp = -1;
        return edge;
    }

    /// <summary>Forgets all state (e.g. a new stream).</summary>
    public void Reset()
    {
        _state = State.Silent;
        _expectedTimestamp = -1;
        LastFrameDbfs = SignalAnalysis.MinDbfs;
        LastFrameVoiced = false;
    }

    /// <summary>
    /// Offline detection over a whole recording cut into <see cref="SpeechDetectorOptions.FrameMs"/>
    /// frames (a trailing partial frame is analysed as it is).
    /// </summary>
    public static IReadOnlyList<SpeechSegment> Detect(ReadOnlySpan<short> samples, int sampleRate, SpeechDetectorOptions? options = null, int channels = 1)
    {
        var detector = new SpeechDetector(sampleRate, options, channels);
        var frame = PcmFramer.SamplesPerFrame(sampleRate, detector.Options.FrameMs) * channels;
        var segments = new List<SpeechSegment>();
        long start = 0;
        for (var offset = 0; offset < samples.Length; offset += frame)
        {
            var edge = detector.Process(samples.Slice(offset, Math.Min(frame, samples.Length - offset)), offset / channels);
            Collect(edge);
        }

        Collect(detector.Finish());
        return segments;

        void Collect(SpeechEdge? edge)
        {
            if (edge is { IsStart: true } s)
            {
                start = s.Timestamp;
            }
            else if (edge is { IsStart: false } e)
            {
                segments.Add(new SpeechSegment(start, e.Timestamp, sampleRate));
            }
        }
    }

    /// <summary>Offline detection over a WAV recording.</summary>
    public static IReadOnlyList<SpeechSegment> Detect(WavAudio audio, SpeechDetectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return Detect(audio.Samples.Span, audio.SampleRate, options, audio.Channels);
    }

    private SpeechEdge? ContinueOnset(int length, long end)
    {
        _voicedInRun += length;
        _lastVoicedEnd = end;
        if (_voicedInRun < _minOnsetSamples)
        {
            return null;
        }

        _state = State.Speech;
        return new SpeechEdge(true, _runStart, SampleRate);
    }
}
