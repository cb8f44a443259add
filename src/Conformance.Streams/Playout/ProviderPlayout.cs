namespace Conformance.Streams.Playout;

/// <summary>
/// The telephony provider's outbound buffer, as a clock-free model (media-protocols.md §1.4):
/// the agent's audio is queued and drained at the stream's rate as the caller's playout clock
/// advances; a mark is a position in the queue, echoed when the cursor passes it or at once when
/// nothing is queued; <c>clear</c> drops the queue and echoes (or, per setting, discards) pending
/// marks in FIFO order. It reports exactly which agent samples were heard and when.
/// <para>
/// Time is the playout clock in samples at the stream's rate since the stream started; the
/// caller moves it with <see cref="Advance(int, Span{byte})"/> and performs <see cref="Enqueue"/>,
/// <see cref="Mark"/> and <see cref="Clear"/> at the current time. Stream positions count the
/// agent samples the provider accepted (overflowed audio is not counted).
/// </para>
/// <code>
///   stream position:  0 ........ cursor ............. received
///                     |  heard   |   queued (unheard)  |
///   marks:                          ^m1         ^m2       (echo when cursor reaches them)
/// </code>
/// </summary>
public sealed class ProviderPlayout
{
    private static readonly IReadOnlyList<PlayoutEvent> s_none = [];
    private readonly ByteQueue _queue = new();
    private readonly Queue<(string Name, long Position)> _marks = new();
    private readonly int _bytesPerSample;
    private readonly long _maxQueuedSamples;
    private readonly long _prebufferSamples;
    private long _pendingSince = -1;

    public ProviderPlayout(StreamAudioFormat format, ProviderPlayoutOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        Format = format;
        Options = options ?? new ProviderPlayoutOptions();
        _bytesPerSample = format.BytesPerSample;
        _maxQueuedSamples = (long)Options.MaxQueuedMs * format.SampleRate / 1000;
        _prebufferSamples = (long)Options.PrebufferMs * format.SampleRate / 1000;
    }

    public StreamAudioFormat Format { get; }

    public ProviderPlayoutOptions Options { get; }

    /// <summary>The playout clock (samples since the stream started).</summary>
    public long Now { get; private set; }

    /// <summary>Agent samples accepted so far (the queue's tail position).</summary>
    public long Received { get; private set; }

    /// <summary>Stream position of the next sample to play (everything before it was heard or cleared).</summary>
    public long Cursor { get; private set; }

    public long QueuedSamples => Received - Cursor;

    public bool IsPlaying { get; private set; }

    public int PendingMarks => _marks.Count;

    public double NowMilliseconds => Now * 1000.0 / Format.SampleRate;

    /// <summary>Queues agent audio (whole samples in the stream's format) at the current time.</summary>
    public IReadOnlyList<PlayoutEvent> Enqueue(ReadOnlySpan<byte> payload)
    {
        if (payload.Length % _bytesPerSample != 0)
        {
            throw new ArgumentException(
                $"{payload.Length} bytes is not a whole number of {Format} samples; check with StreamPayload.IsWholeSamples first.", nameof(payload));
        }

        var samples = payload.Length / _bytesPerSample;
        var room = Math.Max(0, _maxQueuedSamples - QueuedSamples);
        var accepted = (int)Math.Min(samples, room);
        if (accepted > 0)
        {
            if (QueuedSamples == 0 && !IsPlaying)
            {
                _pendingSince = Now;
            }

            _queue.Append(payload[..(accepted * _bytesPerSample)]);
            Received += accepted;
        }

        return accepted == samples ? s_none : [new QueueOverflowed(Now, Received, samples - accepted)];
    }

    /// <summary>Places a mark after the audio queued so far; echoed at once when nothing is queued.</summary>
    public IReadOnlyList<PlayoutEvent> Mark(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (QueuedSamples == 0)
        {
            return [new MarkEchoed(Now, name, Received, MarkEchoReason.NothingQueued)];
        }

        _marks.Enqueue((name, Received));
        return s_none;
    }

    /// <summary>Drops all queued audio; pending marks are echoed (FIFO) or discarded per the options.</summary>
    public IReadOnlyList<PlayoutEvent> Clear()
    {
        var events = new List<PlayoutEvent>();
        if (QueuedSamples > 0)
        {
            events.Add(new AudioCleared(Now, Cursor, QueuedSamples));
        }

        if (IsPlaying)
        {
            events.Add(new PlayoutStopped(Now, Cursor, Cleared: true));
            IsPlaying = false;
        }

        _queue.Clear();
        Cursor = Received;
        _pendingSince = -1;
        while (_marks.TryDequeue(out var mark))
        {
            events.Add(Options.PendingMarksOnClear == PendingMarksOnClear.Echo
                ? new MarkEchoed(Now, mark.Name, mark.Position, MarkEchoReason.Cleared)
                : new MarkDiscarded(Now, mark.Name, mark.Position));
        }

        return events;
    }

    /// <summary>Moves the playout clock on by <paramref name="samples"/> without collecting the audio.</summary>
    public PlayoutStep Advance(int samples) => Advance(samples, []);

    /// <summary>
    /// Moves the playout clock on by <paramref name="samples"/>, writing what the caller hears
    /// (agent audio, then the format's silence) to <paramref name="heard"/> when it is not empty
    /// (it must then hold the step's bytes).
    /// </summary>
    public PlayoutStep Advance(int samples, Span<byte> heard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        var collect = !heard.IsEmpty;
        if (collect && heard.Length < samples * _bytesPerSample)
        {
            throw new ArgumentException($"The output holds {heard.Length} bytes; the step is {samples * _bytesPerSample}.", nameof(heard));
        }

        List<PlayoutEvent>? events = null;
        long heardAt = Now, heardPosition = Cursor;
        var heardSamples = 0;
        var offset = 0;
        while (offset < samples)
        {
            var remaining = samples - offset;
            if (!IsPlaying)
            {
                var startOffset = StartOffset(remaining, offset);
                if (startOffset < 0)
                {
                    break;
                }

                Silence(heard, offset, startOffset - offset, collect);
                offset = startOffset;
                IsPlaying = true;
                (events ??= []).Add(new PlayoutStarted(Now + offset, Cursor));
                continue;
            }

            var play = (int)Math.Min(samples - offset, QueuedSamples);
            if (heardSamples == 0)
            {
                heardAt = Now + offset;
                heardPosition = Cursor;
            }

            if (collect)
            {
                _queue.Take(heard.Slice(offset * _bytesPerSample, play * _bytesPerSample));
            }
            else
            {
                _queue.Skip(play * _bytesPerSample);
            }

            var end = Cursor + play;
            while (_marks.TryPeek(out var mark) && mark.Position <= end)
            {
                _marks.Dequeue();
                (events ??= []).Add(new MarkEchoed(Now + offset + (mark.Position - Cursor), mark.Name, mark.Position, MarkEchoReason.Played));
            }

            Cursor = end;
            offset += play;
            heardSamples += play;
            if (QueuedSamples == 0)
            {
                IsPlaying = false;
                _pendingSince = -1;
                (events ??= []).Add(new PlayoutStopped(Now + offset, Cursor, Cleared: false));
            }
        }

        Silence(heard, offset, samples - offset, collect);
        var step = new PlayoutStep(heardAt, heardPosition, heardSamples, events ?? s_none);
        Now += samples;
        return step;
    }

    /// <summary>Where in this step (offset from its start) an idle queue starts playing, or −1 if not in it.</summary>
    private int StartOffset(int remaining, int offset)
    {
        if (QueuedSamples == 0)
        {
            return -1;
        }

        if (QueuedSamples >= _prebufferSamples)
        {
            return offset;
        }

        var startAt = Math.Max(Now + offset, _pendingSince + _prebufferSamples);
        return startAt < Now + offset + remaining ? (int)(startAt - Now) : -1;
    }

    private void Silence(Span<byte> heard, int offset, int count, bool collect)
    {
        if (collect && count > 0)
        {
            StreamPayload.FillSilence(Format, heard.Slice(offset * _bytesPerSample, count * _bytesPerSample));
        }
    }
}
