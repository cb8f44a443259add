namespace Conformance.Rtc.Rtp;

/// <summary>
/// Reorders one RTP source by sequence number. Clock-free: the caller passes arrival times and
/// "now" (pion/interceptor's jitterbuffer model). In-order packets come out at once; when the next
/// packet is missing, the buffer holds later packets until the oldest of them has waited
/// <see cref="MaxHold"/>, then reports the gap as lost so the decoder can conceal it.
/// <code>
///   next ──► [n] [n+1] [ ] [n+3] ...      ring of Capacity slots indexed by sequence
///            out  out   │   held until MaxHold elapsed since it arrived, then n+2 → Lost
/// </code>
/// </summary>
public sealed class JitterBuffer
{
    private readonly Slot[] _slots;
    private long _next;
    private bool _started;
    private int _held;

    public JitterBuffer(TimeSpan maxHold, int capacity = 128)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 4);
        MaxHold = maxHold;
        _slots = new Slot[capacity];
    }

    public TimeSpan MaxHold { get; }

    public int Capacity => _slots.Length;

    public int Count => _held;

    public long LateCount { get; private set; }

    public long DuplicateCount { get; private set; }

    public long LostCount { get; private set; }

    public JitterBufferInsertResult Insert(in RtpHeader header, ReadOnlySpan<byte> payload, TimeSpan arrival)
    {
        if (!_started)
        {
            _started = true;
            _next = header.SequenceNumber;
        }

        // Unwrap the 16-bit sequence against the next expected one (RFC 3550 A.1 style).
        var sequence = _next + (short)(header.SequenceNumber - (ushort)_next);
        var result = JitterBufferInsertResult.Accepted;
        if (sequence < _next)
        {
            LateCount++;
            return JitterBufferInsertResult.TooLate;
        }

        if (sequence >= _next + _slots.Length)
        {
            Clear();
            _next = sequence;
            result = JitterBufferInsertResult.Restarted;
        }

        ref var slot = ref _slots[sequence % _slots.Length];
        if (slot.Occupied)
        {
            DuplicateCount++;
            return JitterBufferInsertResult.Duplicate;
        }

        slot = new Slot(true, header, payload.ToArray(), arrival);
        _held++;
        return result;
    }

    /// <summary>The next packet in order, or a loss once waiting longer cannot help.</summary>
    public bool TryDequeue(TimeSpan now, out JitterBufferEntry entry)
    {
        entry = default;
        if (_held == 0)
        {
            return false;
        }

        ref var slot = ref _slots[_next % _slots.Length];
        if (slot.Occupied)
        {
            entry = new JitterBufferEntry(slot.Header, slot.Payload, slot.Arrival, false);
            slot = default;
            _held--;
            _next++;
            return true;
        }

        if (now - OldestArrival() < MaxHold)
        {
            return false;
        }

        entry = new JitterBufferEntry(new RtpHeader(false, 0, (ushort)_next, 0, 0), ReadOnlyMemory<byte>.Empty, now, true);
        LostCount++;
        _next++;
        return true;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        _held = 0;
    }

    private TimeSpan OldestArrival()
    {
        var oldest = TimeSpan.MaxValue;
        foreach (var s in _slots)
        {
            if (s.Occupied && s.Arrival < oldest)
            {
                oldest = s.Arrival;
            }
        }

        return oldest;
    }

    private record struct Slot(bool Occupied, RtpHeader Header, byte[] Payload, TimeSpan Arrival);
}
