namespace Conformance.Rtc.Rtp;

/// <summary>
/// Per-source reception state for receiver reports (RFC 3550 Appendix A.1 sequence extension,
/// A.3 loss, A.8 interarrival jitter). Clock-free: the caller passes each packet's arrival time
/// in RTP timestamp units.
/// </summary>
public sealed class RtpReceiveStatistics
{
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;

    private bool _initialized;
    private ushort _maxSequence;
    private uint _cycles;
    private uint _baseSequence;
    private long _received;
    private long _expectedPrior;
    private long _receivedPrior;
    private double _jitter;
    private long _lastTransit;
    private bool _haveTransit;

    public uint Ssrc { get; private set; }

    public long PacketsReceived => _received;

    public uint ExtendedHighestSequence => _cycles + _maxSequence;

    public long Expected => _initialized ? ExtendedHighestSequence - _baseSequence + 1 : 0;

    public long CumulativeLost => Expected - _received;

    /// <summary>Interarrival jitter in RTP timestamp units (RFC 3550 §6.4.1).</summary>
    public uint Jitter => (uint)_jitter;

    /// <summary>Updates with one packet; returns false for packets far outside the sequence window.</summary>
    public bool Update(in RtpHeader header, long arrivalInRtpUnits)
    {
        if (!_initialized || header.Ssrc != Ssrc)
        {
            Reset(header);
        }
        else
        {
            var delta = (ushort)(header.SequenceNumber - _maxSequence);
            if (delta < MaxDropout)
            {
                if (header.SequenceNumber < _maxSequence)
                {
                    _cycles += 0x10000;
                }

                _maxSequence = header.SequenceNumber;
            }
            else if (delta <= 0x10000 - MaxMisorder)
            {
                // A large jump: treat as a restart of the source (RFC 3550 A.1 simplified).
                Reset(header);
            }
        }

        _received++;
        var transit = arrivalInRtpUnits - header.Timestamp;
        if (_haveTransit)
        {
            var d = Math.Abs(transit - _lastTransit);
            _jitter += (d - _jitter) / 16.0;
        }

        _lastTransit = transit;
        _haveTransit = true;
        return true;
    }

    /// <summary>Loss fraction since the previous call, in 1/256 units (RFC 3550 A.3).</summary>
    public byte TakeFractionLost()
    {
        var expected = Expected;
        var expectedInterval = expected - _expectedPrior;
        var receivedInterval = _received - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = _received;
        var lostInterval = expectedInterval - receivedInterval;
        return expectedInterval == 0 || lostInterval <= 0 ? (byte)0 : (byte)Math.Min(255, (lostInterval << 8) / expectedInterval);
    }

    private void Reset(in RtpHeader header)
    {
        _initialized = true;
        Ssrc = header.Ssrc;
        _maxSequence = header.SequenceNumber;
        _baseSequence = header.SequenceNumber;
        _cycles = 0;
        _received = 0;
        _expectedPrior = 0;
        _receivedPrior = 0;
        _jitter = 0;
        _haveTransit = false;
    }
}
