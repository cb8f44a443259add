using Conformance.Rtc;
using Conformance.Rtc.Sdp;

namespace Conformance.Emulator.Tests.Support;

/// <summary>A real WebRTC caller (Conformance.Rtc's offerer) to send offers to the emulator and connect to its answers.</summary>
public sealed class Offerer : IAsyncDisposable
{
    private Offerer(PeerConnection connection, string offer)
    {
        Connection = connection;
        Offer = offer;
    }

    public PeerConnection Connection { get; }

    public string Offer { get; }

    public static async Task<Offerer> CreateAsync(params AudioCodec[] codecs)
    {
        var connection = new PeerConnection(new PeerConnectionOptions(), TimeProvider.System);
        var offer = await connection.CreateOfferAsync(codecs.Length == 0 ? null : new OfferOptions { Codecs = codecs });
        return new Offerer(connection, offer);
    }

    /// <summary>Applies the emulator's answer and waits for ICE + DTLS-SRTP to come up.</summary>
    public async Task<NegotiatedAudio> ConnectAsync(string answer)
    {
        var negotiated = await Connection.SetRemoteAnswerAsync(answer);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await Connection.WaitForConnectedAsync(timeout.Token);
        return negotiated;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
