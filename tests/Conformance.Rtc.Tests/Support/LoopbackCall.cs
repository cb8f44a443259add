using Conformance.Rtc.Sdp;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Our offerer and our answerer connected over 127.0.0.1 (real sockets, real DTLS).</summary>
internal sealed class LoopbackCall : IAsyncDisposable
{
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private LoopbackCall(PeerConnection offerer, PeerConnection answerer)
    {
        Offerer = offerer;
        Answerer = answerer;
    }

    public PeerConnection Offerer { get; }

    public PeerConnection Answerer { get; }

    public static async Task<LoopbackCall> ConnectAsync(OfferOptions? offer = null, AnswerOptions? answer = null, PeerConnectionOptions? options = null)
    {
        options ??= new PeerConnectionOptions();
        var call = new LoopbackCall(
            new PeerConnection(options, TimeProvider.System),
            new PeerConnection(options with { Answer = answer ?? new AnswerOptions() }, TimeProvider.System));
        try
        {
            var offerSdp = await call.Offerer.CreateOfferAsync(offer ?? new OfferOptions());
            var answer1 = await call.Answerer.CreateAnswerAsync(offerSdp);
            await call.Offerer.SetRemoteAnswerAsync(answer1.Sdp);
            await Task.WhenAll(call.Offerer.WaitForConnectedAsync(), call.Answerer.WaitForConnectedAsync()).WaitAsync(ConnectTimeout);
            return call;
        }
        catch
        {
            await call.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Offerer.DisposeAsync();
        await Answerer.DisposeAsync();
    }
}
