using System.Threading.Channels;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Rtcp;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Srtp;

namespace Conformance.Rtc.Media;

/// <summary>
/// Everything that exists once DTLS has keyed SRTP (actor-owned): both SRTP directions, the
/// outbound stream, the inbound path and RTCP reporting.
/// </summary>
internal sealed class SecureMediaSession : IDisposable
{
    private readonly SrtpSession _outbound;
    private readonly SrtpSession _inbound;
    private readonly RtcpReporter _rtcp;
    private readonly Func<ReadOnlyMemory<byte>, bool> _send;
    private readonly PeerConnectionCounters _counters;
    private readonly byte[] _rtcpBuffer = new byte[1500];
    private readonly TimeSpan _rtcpInterval;
    private TimeSpan _nextRtcp;

    public SecureMediaSession(
        NegotiatedAudio negotiated,
        DtlsHandshakeResult dtls,
        PeerConnectionOptions options,
        uint ssrc,
        string cname,
        DateTimeOffset epoch,
        TimeSpan now,
        ChannelWriter<ReceivedAudioFrame> audio,
        ChannelWriter<TelephoneEventNotice> telephoneEvents,
        PeerConnectionCounters counters,
        Func<ReadOnlyMemory<byte>, bool> send)
    {
        var (local, remote) = dtls.SplitKeys();
        _outbound = SrtpSession.Create(dtls.Profile, local, outbound: true);
        _inbound = SrtpSession.Create(dtls.Profile, remote, outbound: false);
        Array.Clear(local);
        Array.Clear(remote);
        _send = send;
        _counters = counters;
        _rtcp = new RtcpReporter(ssrc, cname);
        _rtcpInterval = options.RtcpInterval;
        _nextRtcp = now + TimeSpan.FromSeconds(1);
        Sender = new AudioSender(negotiated, RtpAudioCodecs.CreateEncoder(negotiated.Codec, options), _outbound, ssrc, send);
        Receiver = new AudioReceiver(negotiated, RtpAudioCodecs.CreateDecoder(negotiated.Codec), options.JitterMaxHold, epoch, audio, telephoneEvents, counters);
    }

    public AudioSender Sender { get; }

    public AudioReceiver Receiver { get; }

    public RtcpReporter Rtcp => _rtcp;

    /// <summary>Decrypts and plays out one SRTP packet; false when it did not authenticate.</summary>
    public bool OnSrtp(byte[] buffer, int length, TimeSpan now)
    {
        var error = _inbound.UnprotectRtp(buffer.AsSpan(0, length), ref length);
        if (error != SrtpError.Ok)
        {
            _counters.Add(CounterKind.SrtpFailures);
            return false;
        }

        Receiver.OnRtp(buffer.AsSpan(0, length), now);
        return true;
    }

    /// <summary>Decrypts one SRTCP compound; returns whether it authenticated and carried BYE.</summary>
    public (bool Authenticated, bool Goodbye) OnSrtcp(byte[] buffer, int length, TimeSpan now)
    {
        if (_inbound.UnprotectRtcp(buffer.AsSpan(0, length), ref length) != SrtpError.Ok)
        {
            _counters.Add(CounterKind.SrtpFailures);
            return (false, false);
        }

        if (!RtcpPacket.TryParseCompound(buffer.AsSpan(0, length), out var packets))
        {
            _counters.Add(CounterKind.RtcpDropped);
            return (true, false);
        }

        _counters.Add(CounterKind.RtcpReceived);
        _rtcp.OnReceived(packets, now);
        return (true, packets.Any(p => p is RtcpGoodbye));
    }

    /// <summary>Loss concealment when packets stop, and the periodic RTCP report.</summary>
    public void Tick(TimeSpan now, DateTimeOffset wallClock)
    {
        Receiver.Drain(now);
        if (now >= _nextRtcp)
        {
            SendReport(now, wallClock, goodbye: false);
            _nextRtcp = now + _rtcpInterval;
        }
    }

    public void SendGoodbye(TimeSpan now, DateTimeOffset wallClock) => SendReport(now, wallClock, goodbye: true);

    public void Dispose()
    {
        Sender.Dispose();
        Receiver.Dispose();
        _outbound.Dispose();
        _inbound.Dispose();
    }

    private void SendReport(TimeSpan now, DateTimeOffset wallClock, bool goodbye)
    {
        var packets = _rtcp.Build(Sender, Receiver.Statistics, wallClock, now, goodbye);
        if (!RtcpPacket.TryWriteCompound(_rtcpBuffer.AsSpan(0, _rtcpBuffer.Length - SrtpSession.MaxOverhead), packets, out var length))
        {
            return;
        }

        if (_outbound.ProtectRtcp(_rtcpBuffer, ref length) == SrtpError.Ok)
        {
            _send(_rtcpBuffer.AsMemory(0, length));
        }
    }
}
