using System.Globalization;
using Conformance.Rtc;

namespace Conformance.Emulator.Runtime;

/// <summary>A WebRTC caller leg answered by Conformance.Rtc: the peer connection and what the answer settled.</summary>
public sealed class RtcLeg : IWebRtcLeg
{
    public RtcLeg(PeerConnection connection, NegotiatedAudio negotiated)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        Negotiated = negotiated ?? throw new ArgumentNullException(nameof(negotiated));
    }

    /// <summary>The answerer-side peer connection (media API for the call runtime: Audio, TrySendAudio, SamplesSent…).</summary>
    public PeerConnection Connection { get; }

    public NegotiatedAudio Negotiated { get; }

    public string Codec => string.Create(CultureInfo.InvariantCulture, $"{Negotiated.Codec}/{Negotiated.ClockRate}/{Negotiated.Channels}");

    public Task WaitForConnectedAsync(CancellationToken cancellationToken) => Connection.WaitForConnectedAsync(cancellationToken);

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
