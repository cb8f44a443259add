using System.Security.Cryptography;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Media;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Srtp;

namespace Conformance.Rtc.Tests.Media;

/// <summary>The outbound stream without sockets: packets are captured and decrypted with the same key.</summary>
public sealed class AudioSenderTests : IDisposable
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(30);
    private readonly SrtpSession _protect;
    private readonly SrtpSession _unprotect;
    private readonly List<byte[]> _sent = [];

    public AudioSenderTests()
    {
        _protect = SrtpSession.Create(SrtpProfile.AesCm128HmacSha1Tag80, _key, outbound: true);
        _unprotect = SrtpSession.Create(SrtpProfile.AesCm128HmacSha1Tag80, _key, outbound: false);
    }

    [Fact]
    public void AudioSender_TimestampsFromSamples_MarkerOnTalkspurts()
    {
        using var sender = NewSender(AudioCodec.Pcmu, 0, null);
        var frame = new short[160];

        sender.SendPcm(frame);
        sender.SendPcm(frame);
        sender.Skip(800);
        sender.SendPcm(frame);
        sender.ResetEncoder();
        sender.SendPcm(frame);
        sender.SendEncoded(new byte[80], 80);

        var headers = _sent.Select(Header).ToList();
        Assert.Equal([true, false, true, true, false], headers.Select(h => h.Marker));
        var t0 = headers[0].Timestamp;
        Assert.Equal([0u, 160u, 1120u, 1280u, 1440u], headers.Select(h => h.Timestamp - t0));
        Assert.Equal([0, 1, 2, 3, 4], headers.Select(h => (ushort)(h.SequenceNumber - headers[0].SequenceNumber)).Select(d => (int)d));
        Assert.Equal(160 * 4 + 80, sender.SamplesSent);
        Assert.Equal(5u, sender.PacketCount);
    }

    [Fact]
    public void AudioSender_Digit_SendsRfc4733PacketsOnOneTimestampThenAdvances()
    {
        using var sender = NewSender(AudioCodec.Pcmu, 0, 101);

        Assert.True(sender.SendDigit(11, 800));
        sender.SendPcm(new short[160]);

        var packets = _sent.Select(p => (Header: Header(p), Payload: Payload(p))).ToList();
        var events = packets.Where(p => p.Header.PayloadType == 101).ToList();
        Assert.Equal(5 + 2, events.Count); // 160, 320, 480, 640 and the end ×3 at 800
        Assert.Single(events.Select(e => e.Header.Timestamp).Distinct());
        Assert.True(events[0].Header.Marker);
        Assert.All(events, e => Assert.True(TelephoneEvent.TryParse(e.Payload, out var v) && v.Event == 11));
        Assert.Equal(3, events.Count(e => TelephoneEvent.TryParse(e.Payload, out var v) && v.End && v.Duration == 800));
        Assert.Equal(events[0].Header.Timestamp + 800, packets[^1].Header.Timestamp);
        Assert.Equal(0, sender.SamplesSent - 160);
    }

    [Fact]
    public void AudioSender_OpusRejectsSizesOpusCannotCode()
    {
        using var sender = NewSender(AudioCodec.Opus, 111, null);

        Assert.False(sender.SendPcm(new short[1000]));
        Assert.True(sender.SendPcm(new short[960]));
        Assert.Single(_sent);
    }

    public void Dispose()
    {
        _protect.Dispose();
        _unprotect.Dispose();
    }

    private AudioSender NewSender(AudioCodec codec, int pt, int? telephoneEvent)
    {
        var negotiated = new NegotiatedAudio
        {
            Codec = codec,
            PayloadType = pt,
            ClockRate = codec.ClockRate(),
            Channels = codec.SdpChannels(),
            TelephoneEventPayloadType = telephoneEvent,
            Direction = SdpDirection.SendRecv,
            RemoteIce = IceCredentials.NewRandom(),
            RemoteFingerprint = DtlsFingerprint.Compute("sha-256", [1])!,
            LocalDtlsRole = DtlsRole.Server,
        };
        return new AudioSender(negotiated, RtpAudioCodecs.CreateEncoder(codec, new PeerConnectionOptions()), _protect, 1234, packet =>
        {
            var copy = new byte[packet.Length + SrtpSession.MaxOverhead];
            packet.Span.CopyTo(copy);
            var length = packet.Length;
            Assert.Equal(SrtpError.Ok, _unprotect.UnprotectRtp(copy, ref length));
            _sent.Add(copy[..length]);
            return true;
        });
    }

    private static RtpHeader Header(byte[] packet) => RtpPacket.TryParse(packet, out var p) ? p.Header : throw new InvalidOperationException();

    private static byte[] Payload(byte[] packet) => RtpPacket.TryParse(packet, out var p) ? p.GetPayload(packet).ToArray() : [];
}
