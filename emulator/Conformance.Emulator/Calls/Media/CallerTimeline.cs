namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// The caller leg's media clock (specs/runtime.md RUN-010…014): caller media time is the count
/// of caller samples received, cut into 20 ms frames; when the caller falls behind the actor's
/// clock by more than the grace, the missing part of the frame is filled with silence so a
/// silent client still advances time. Samples that arrive late for a region already filled
/// (within the debt window) do not shift the timeline: they go to the recording at their true
/// position and are counted, but the turn engine has already heard silence there. After the
/// window the gap counts as a pause and later samples continue after it.
/// <code>
///   received:  |fr0|fr1|fr2| (late) ......... |fr5|
///   timeline:  |fr0|fr1|fr2|fill|fill|fr3'...      fr3/fr4 arriving inside the debt window
///                            ▲ debt = 2 frames      overwrite the fill in the recording only
/// </code>
/// Clock-free: times are milliseconds since the media epoch, passed in by the actor.
/// </summary>
internal sealed class CallerTimeline
{
    private readonly short[] _pending;
    private readonly double _graceMs;
    private readonly double _debtWindowMs;
    private readonly double _earlyToleranceMs;
    private readonly double _idleAfterMs;
    private double _lastArrivalMs = double.NegativeInfinity;
    private int _pendingStart;
    private int _pendingCount;
    private long _debt;
    private long _debtPosition;
    private double _debtDeadlineMs;
    private bool _timestamped;
    private long? _positionOffset;

    /// <summary>A stream position further than this from the timeline is not believed (a broken client clock).</summary>
    public const int MaxPositionJumpSeconds = 10;

    public CallerTimeline(int sampleRate, int frameMs, double graceMs, double idleAfterMs, double debtWindowMs, double earlyToleranceMs)
    {
        if (sampleRate is not (8000 or 16000 or 24000 or 48000))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "caller rates are 8, 16, 24 or 48 kHz");
        }

        SampleRate = sampleRate;
        FrameMs = frameMs;
        FrameSamples = sampleRate / 1000 * frameMs;
        _graceMs = graceMs;
        _debtWindowMs = debtWindowMs;
        _earlyToleranceMs = earlyToleranceMs;
        _idleAfterMs = idleAfterMs;

        // Up to two seconds may wait here (a client pushing faster than real time); more is dropped and counted.
        _pending = new short[sampleRate * 2];
    }

    public int SampleRate { get; }

    public int FrameMs { get; }

    public int FrameSamples { get; }

    /// <summary>Index of the next caller frame to consume; frame k covers media [k·F, (k+1)·F).</summary>
    public long NextFrame { get; private set; }

    /// <summary>Caller samples received on the leg (every one, late or not).</summary>
    public long ReceivedSamples { get; private set; }

    /// <summary>Silence inserted by the clock where the caller had sent nothing yet.</summary>
    public long FilledSamples { get; private set; }

    /// <summary>Samples that arrived for a region already filled: recorded at their true position, not heard by the turn engine.</summary>
    public long LateSamples { get; private set; }

    /// <summary>Samples dropped because more than two seconds were waiting ahead of the clock.</summary>
    public long OverflowSamples { get; private set; }

    public int PendingSamples => _pendingCount;

    /// <summary>The earliest time frame <see cref="NextFrame"/> may be consumed (its start, less a small tolerance).</summary>
    public double NextReadyMs => (NextFrame * FrameMs) - _earlyToleranceMs;

    /// <summary>
    /// When frame <see cref="NextFrame"/> is overdue and is filled with silence (RUN-012): its end,
    /// plus the grace while the caller is streaming (it sent audio within the idle window before
    /// that end); a caller that sends nothing gets no grace, so a silent leg runs on time.
    /// </summary>
    public double NextDeadlineMs => ((NextFrame + 1) * FrameMs) + (IsStreaming ? _graceMs : 0);

    /// <summary>Where the caller's stream position 0 sits on the call timeline (samples), once its first positioned audio came; null before.</summary>
    public long? PositionOffset => _positionOffset;

    /// <summary>Silence the caller's own stream clock says it left out (a jump in its timestamps).</summary>
    public long CallerGapSamples { get; private set; }

    /// <summary>Positions ignored because they jumped more than <see cref="MaxPositionJumpSeconds"/> from the timeline.</summary>
    public long BadPositions { get; private set; }

    private bool IsStreaming => _lastArrivalMs >= ((NextFrame + 1) * FrameMs) - _idleAfterMs;

    /// <summary>
    /// Appends received caller audio. <paramref name="position"/> is where the caller's own stream
    /// clock puts its first sample (Twilio/Telnyx/Plivo media timestamps, RTP timestamps), when the
    /// protocol has one (RUN-010): a position ahead of the timeline is a gap the caller left
    /// (silence is inserted), one behind it is audio for a region already filled (late). Without a
    /// position, late audio is recognised by the debt the last fill left (RUN-013). Returns how
    /// many leading samples were late (the recording gets them at <paramref name="latePosition"/>).
    /// </summary>
    public int Append(ReadOnlySpan<short> samples, long? position, double nowMs, out long latePosition)
    {
        ReceivedSamples += samples.Length;
        _lastArrivalMs = Math.Max(_lastArrivalMs, nowMs);
        var tail = (NextFrame * FrameSamples) + _pendingCount;
        latePosition = _debtPosition;
        var late = 0;
        if (position is { } raw && _positionOffset is null)
        {
            // RUN-010: the caller's first positioned audio is where its stream starts on the call timeline.
            _positionOffset = tail - raw;
        }

        if (position + _positionOffset is { } at && Math.Abs(at - tail) <= SampleRate * MaxPositionJumpSeconds)
        {
            _timestamped = true;
            _debt = 0;
            if (at > tail)
            {
                var gap = (int)Math.Min(at - tail, _pending.Length);
                Compact();
                gap = Math.Min(gap, _pending.Length - _pendingCount);
                _pending.AsSpan(_pendingCount, gap).Clear();
                _pendingCount += gap;
                CallerGapSamples += gap;
            }
            else if (at < tail)
            {
                late = (int)Math.Min(tail - at, samples.Length);
                latePosition = at;
            }
        }
        else if (position is not null)
        {
            BadPositions++;
        }
        else if (_debt > 0)
        {
            if (nowMs <= _debtDeadlineMs)
            {
                late = (int)Math.Min(_debt, samples.Length);
                _debt -= late;
                _debtPosition += late;
            }
            else
            {
                // RUN-013: the caller stayed away past the window: the gap is a pause, nothing is owed.
                _debt = 0;
            }
        }

        LateSamples += late;
        samples = samples[late..];
        if (samples.IsEmpty)
        {
            return late;
        }

        Compact();
        var room = _pending.Length - _pendingCount;
        if (samples.Length > room)
        {
            OverflowSamples += samples.Length - room;
            samples = samples[..room];
        }

        samples.CopyTo(_pending.AsSpan(_pendingCount));
        _pendingCount += samples.Length;
        return late;
    }

    /// <summary>Takes frame <see cref="NextFrame"/> if all its samples are here and its time has come (RUN-011).</summary>
    public bool TryTakeFrame(double nowMs, Span<short> frame)
    {
        if (_pendingCount < FrameSamples || nowMs < NextReadyMs)
        {
            return false;
        }

        Take(frame, FrameSamples);
        return true;
    }

    /// <summary>
    /// Takes frame <see cref="NextFrame"/> if it is overdue (RUN-012): what arrived of it, then
    /// silence. Returns the number of silent samples written (0 when not overdue or complete).
    /// </summary>
    public bool TryTakeOverdueFrame(double nowMs, Span<short> frame, out int filled)
    {
        filled = 0;
        if (nowMs < NextDeadlineMs)
        {
            return false;
        }

        var streaming = IsStreaming;
        var have = Math.Min(_pendingCount, FrameSamples);
        filled = FrameSamples - have;
        var start = (NextFrame * FrameSamples) + have;
        Take(frame, have);
        frame[have..FrameSamples].Clear();
        if (filled > 0)
        {
            FilledSamples += filled;

            // Only a streaming caller without a stream clock owes the gap back (a jitter stall);
            // a silent one was pausing. Positioned callers say where late audio belongs themselves.
            if (streaming && !_timestamped)
            {
                if (_debt == 0)
                {
                    _debtPosition = start;
                }

                _debt += filled;
                _debtDeadlineMs = nowMs + _debtWindowMs;
            }
        }

        return true;
    }

    /// <summary>
    /// RUN-042: what arrived but was never due (the call ended first), for the recording: the
    /// pending samples and where they start on the timeline. Emptied by the call.
    /// </summary>
    public ReadOnlySpan<short> TakeRemaining(out long position)
    {
        position = NextFrame * FrameSamples;
        var remaining = _pending.AsSpan(_pendingStart, _pendingCount);
        _pendingStart = 0;
        _pendingCount = 0;
        return remaining;
    }

    private void Take(Span<short> frame, int count)
    {
        _pending.AsSpan(_pendingStart, count).CopyTo(frame);
        _pendingStart += count;
        _pendingCount -= count;
        NextFrame++;
    }

    private void Compact()
    {
        if (_pendingStart == 0)
        {
            return;
        }

        _pending.AsSpan(_pendingStart, _pendingCount).CopyTo(_pending);
        _pendingStart = 0;
    }
}
