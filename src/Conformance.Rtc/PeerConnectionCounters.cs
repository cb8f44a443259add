namespace Conformance.Rtc;

/// <summary>
/// What a connection received, sent and dropped, by kind. Written by the connection's actor,
/// readable from any thread (each value is read atomically; a snapshot is not one instant).
/// </summary>
public sealed class PeerConnectionCounters
{
    private long _datagramsReceived;
    private long _unknownDropped;
    private long _stunMalformed;
    private long _stunUnauthorized;
    private long _stunIgnored;
    private long _stunAnswered;
    private long _dtlsDropped;
    private long _rtpDropped;
    private long _srtpFailures;
    private long _rtcpReceived;
    private long _rtcpDropped;
    private long _rtpReceived;
    private long _unknownPayloadType;
    private long _framesDecoded;
    private long _framesConcealed;
    private long _decodeErrors;
    private long _framesDroppedSlowReader;
    private long _packetsSent;
    private long _sendRejected;

    public long DatagramsReceived => Interlocked.Read(ref _datagramsReceived);

    /// <summary>First byte outside every RFC 7983 range, or from an unvalidated address.</summary>
    public long UnknownDropped => Interlocked.Read(ref _unknownDropped);

    public long StunMalformed => Interlocked.Read(ref _stunMalformed);

    public long StunUnauthorized => Interlocked.Read(ref _stunUnauthorized);

    public long StunIgnored => Interlocked.Read(ref _stunIgnored);

    public long StunAnswered => Interlocked.Read(ref _stunAnswered);

    /// <summary>DTLS records malformed, from an unvalidated address, or not a ClientHello before the handshake.</summary>
    public long DtlsDropped => Interlocked.Read(ref _dtlsDropped);

    /// <summary>RTP before keys, from an unvalidated address, or malformed after decryption.</summary>
    public long RtpDropped => Interlocked.Read(ref _rtpDropped);

    /// <summary>srtp_unprotect failures (authentication, replay, ...).</summary>
    public long SrtpFailures => Interlocked.Read(ref _srtpFailures);

    public long RtcpReceived => Interlocked.Read(ref _rtcpReceived);

    public long RtcpDropped => Interlocked.Read(ref _rtcpDropped);

    public long RtpReceived => Interlocked.Read(ref _rtpReceived);

    public long UnknownPayloadType => Interlocked.Read(ref _unknownPayloadType);

    public long FramesDecoded => Interlocked.Read(ref _framesDecoded);

    public long FramesConcealed => Interlocked.Read(ref _framesConcealed);

    public long DecodeErrors => Interlocked.Read(ref _decodeErrors);

    public long FramesDroppedSlowReader => Interlocked.Read(ref _framesDroppedSlowReader);

    public long PacketsSent => Interlocked.Read(ref _packetsSent);

    /// <summary>Send calls refused (not connected, wrong frame size, receive-only).</summary>
    public long SendRejected => Interlocked.Read(ref _sendRejected);

    /// <summary>Everything dropped because it was malformed, unauthenticated or unexpected.</summary>
    public long Rejected => UnknownDropped + StunMalformed + StunUnauthorized + DtlsDropped + RtpDropped + SrtpFailures + RtcpDropped + UnknownPayloadType + DecodeErrors;

    public override string ToString() =>
        $"received {DatagramsReceived} (rtp {RtpReceived}, rtcp {RtcpReceived}, stun answered {StunAnswered}); dropped: unknown {UnknownDropped}, " +
        $"stun malformed {StunMalformed}/unauthorized {StunUnauthorized}/ignored {StunIgnored}, dtls {DtlsDropped}, rtp {RtpDropped}, srtp {SrtpFailures}, " +
        $"rtcp {RtcpDropped}, unknown pt {UnknownPayloadType}, decode errors {DecodeErrors}, slow reader {FramesDroppedSlowReader}; " +
        $"decoded {FramesDecoded}, concealed {FramesConcealed}; sent {PacketsSent}, send rejected {SendRejected}";

    internal void Add(CounterKind kind)
    {
        switch (kind)
        {
            case CounterKind.DatagramsReceived: Interlocked.Increment(ref _datagramsReceived); break;
            case CounterKind.UnknownDropped: Interlocked.Increment(ref _unknownDropped); break;
            case CounterKind.StunMalformed: Interlocked.Increment(ref _stunMalformed); break;
            case CounterKind.StunUnauthorized: Interlocked.Increment(ref _stunUnauthorized); break;
            case CounterKind.StunIgnored: Interlocked.Increment(ref _stunIgnored); break;
            case CounterKind.StunAnswered: Interlocked.Increment(ref _stunAnswered); break;
            case CounterKind.DtlsDropped: Interlocked.Increment(ref _dtlsDropped); break;
            case CounterKind.RtpDropped: Interlocked.Increment(ref _rtpDropped); break;
            case CounterKind.SrtpFailures: Interlocked.Increment(ref _srtpFailures); break;
            case CounterKind.RtcpReceived: Interlocked.Increment(ref _rtcpReceived); break;
            case CounterKind.RtcpDropped: Interlocked.Increment(ref _rtcpDropped); break;
            case CounterKind.RtpReceived: Interlocked.Increment(ref _rtpReceived); break;
            case CounterKind.UnknownPayloadType: Interlocked.Increment(ref _unknownPayloadType); break;
            case CounterKind.FramesDecoded: Interlocked.Increment(ref _framesDecoded); break;
            case CounterKind.FramesConcealed: Interlocked.Increment(ref _framesConcealed); break;
            case CounterKind.DecodeErrors: Interlocked.Increment(ref _decodeErrors); break;
            case CounterKind.FramesDroppedSlowReader: Interlocked.Increment(ref _framesDroppedSlowReader); break;
            case CounterKind.PacketsSent: Interlocked.Increment(ref _packetsSent); break;
            case CounterKind.SendRejected: Interlocked.Increment(ref _sendRejected); break;
        }
    }
}
