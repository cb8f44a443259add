using System.Net;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;

namespace Conformance.Rtc;

/// <summary>How a <see cref="PeerConnection"/> binds, negotiates and times out.</summary>
public sealed record PeerConnectionOptions
{
    /// <summary>The address of the UDP socket and of the single host candidate (127.0.0.1 in tests).</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>0: the OS picks a free port per connection.</summary>
    public int Port { get; init; }

    public AnswerOptions Answer { get; init; } = new();

    /// <summary>null: the process-wide certificate (<see cref="DtlsCertificate.GetShared"/>).</summary>
    public DtlsCertificate? Certificate { get; init; }

    /// <summary>From applying the descriptions to a selected candidate pair.</summary>
    public TimeSpan IceTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan DtlsTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Connected, then silence from the peer this long (no STUN, RTP or RTCP): consent lost (RFC 7675 §5.1 uses 30 s).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a later packet waits for a missing one before the gap is concealed.</summary>
    public TimeSpan JitterMaxHold { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Decoded frames kept for a slow reader (oldest dropped beyond; counted). 1000 = 20 s of 20 ms frames.</summary>
    public int ReceiveQueueCapacity { get; init; } = 1000;

    /// <summary>Opus encoder bitrate in bit/s; null keeps libopus's default for 48 kHz mono VoIP.</summary>
    public int? OpusBitrate { get; init; } = 32000;

    /// <summary>
    /// Audio (CELT-leaning) keeps the waveform, which the kit's SNR and onset measurements rely on;
    /// Voip (SILK) shapes the spectrum for intelligibility and scores poorly on waveform SNR.
    /// </summary>
    public Conformance.Audio.OpusApplication OpusApplication { get; init; } = Conformance.Audio.OpusApplication.Audio;

    /// <summary>Opus encoder complexity 0-10; null keeps libopus's default (10).</summary>
    public int? OpusComplexity { get; init; }

    /// <summary>RTCP report interval (RFC 3550 §6.2 suggests 5 s as the minimum for a fixed interval).</summary>
    public TimeSpan RtcpInterval { get; init; } = TimeSpan.FromSeconds(5);
}
