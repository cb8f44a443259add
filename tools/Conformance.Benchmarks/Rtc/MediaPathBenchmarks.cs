using System.Security.Cryptography;
using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Conformance.Rtc;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Ice;
using Conformance.Rtc.Media;
using Conformance.Rtc.Rtp;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Srtp;

namespace Conformance.Benchmarks.Rtc;

/// <summary>
/// The per-call media CPU for one 20 ms frame of 48 kHz speech: <see cref="Send20ms"/> is Opus
/// encode + RTP packetize + SRTP protect; <see cref="BothWays20ms"/> adds SRTP unprotect, RTP
/// parse, jitter buffer and Opus decode of that packet, which is what one connection does per
/// frame in a two-way call. No sockets.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MediaPathBenchmarks : IDisposable
{
    private readonly byte[] _wire = new byte[1500];
    private short[][] _frames = [];
    private SrtpSession? _protect;
    private SrtpSession? _unprotect;
    private AudioSender? _sender;
    private AudioReceiver? _receiver;
    private Channel<ReceivedAudioFrame>? _audio;
    private int _wireLength;
    private int _next;
    private long _packets;

    [Params(AudioCodec.Opus, AudioCodec.Pcmu)]
    public AudioCodec Codec { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _frames = RtcBenchmarkData.SpeechFrames48k();
        if (Codec != AudioCodec.Opus)
        {
            _frames = _frames.Select(f => f.Where((_, i) => i % 6 == 0).ToArray()).ToArray();
        }

        var key = RandomNumberGenerator.GetBytes(30);
        _protect = SrtpSession.Create(SrtpProfile.AesCm128HmacSha1Tag80, key, outbound: true);
        _unprotect = SrtpSession.Create(SrtpProfile.AesCm128HmacSha1Tag80, key, outbound: false);
        var negotiated = new NegotiatedAudio
        {
            Codec = Codec,
            PayloadType = Codec.DefaultPayloadType(),
            ClockRate = Codec.ClockRate(),
            Channels = Codec.SdpChannels(),
            Direction = SdpDirection.SendRecv,
            RemoteIce = IceCredentials.NewRandom(),
            RemoteFingerprint = DtlsFingerprint.Compute("sha-256", [1])!,
            LocalDtlsRole = DtlsRole.Server,
        };
        _audio = Channel.CreateBounded<ReceivedAudioFrame>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var events = Channel.CreateBounded<TelephoneEventNotice>(1);
        _sender = new AudioSender(negotiated, RtpAudioCodecs.CreateEncoder(Codec, new PeerConnectionOptions()), _protect, 1, packet =>
        {
            packet.Span.CopyTo(_wire);
            _wireLength = packet.Length;
            return true;
        });
        _receiver = new AudioReceiver(negotiated, RtpAudioCodecs.CreateDecoder(Codec), TimeSpan.FromMilliseconds(40), DateTimeOffset.UnixEpoch, _audio.Writer, events.Writer, new PeerConnectionCounters());
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sender?.Dispose();
        _receiver?.Dispose();
        _protect?.Dispose();
        _unprotect?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Send20ms()
    {
        _sender!.SendPcm(_frames[Next()]);
        return _wireLength;
    }

    [Benchmark]
    public int BothWays20ms()
    {
        _sender!.SendPcm(_frames[Next()]);
        var length = _wireLength;
        if (_unprotect!.UnprotectRtp(_wire, ref length) != SrtpError.Ok)
        {
            throw new InvalidOperationException("SRTP round trip failed.");
        }

        _receiver!.OnRtp(_wire.AsSpan(0, length), TimeSpan.FromMilliseconds(20 * _packets++));
        return _audio!.Reader.TryRead(out var frame) ? frame.Samples.Length : 0;
    }

    private int Next() => _next = (_next + 1) % _frames.Length;
}
