using Conformance.Harness.Measuring;
using Conformance.Rtc;
using Conformance.Rtc.Sdp;

namespace Conformance.Harness.Drivers.WebRtc;

/// <summary>
/// A WebRTC caller on our own stack (Conformance.Rtc offerer): it offers the codecs a scenario
/// asks for, in that order; the surface's answer decides the codec. Per tick it sends one 20 ms
/// RTP packet of caller audio, and plays out what arrived: packets go into a small arrival queue
/// and each tick plays the next 20 ms of it (silence when empty), so the agent is heard at the
/// tick its packet arrived at (turn-semantics §6: "WebRTC: arrival time of the packet").
/// </summary>
public sealed class WebRtcCall : CallerLeg
{
    private readonly PeerConnection _peer;
    private readonly Queue<short> _arrived = new();
    private readonly short[] _heard;
    private bool _agentSpeaking;

    private WebRtcCall(PeerConnection peer, NegotiatedAudio negotiated, string transport, TimeProvider time, CallerLegOptions? options)
        : base(transport, negotiated.PcmSampleRate, new AgentEar(negotiated.PcmSampleRate), time, options)
    {
        _peer = peer;
        Negotiated = negotiated;
        _heard = new short[negotiated.PcmSampleRate * Options.FrameMs / 1000];
        State.Codec = Describe(negotiated);
    }

    public NegotiatedAudio Negotiated { get; }

    /// <summary>RTP statistics and drops, for failure messages.</summary>
    public PeerConnectionCounters Counters => _peer.Counters;

    /// <summary><c>opus/48000/2</c>, <c>PCMU/8000</c>: the codec as the SDP names it.</summary>
    public static string Describe(NegotiatedAudio negotiated)
    {
        ArgumentNullException.ThrowIfNull(negotiated);
        return $"{negotiated.Codec.SdpName()}/{negotiated.ClockRate}{(negotiated.Channels > 1 ? "/" + negotiated.Channels : "")}";
    }

    /// <summary>
    /// Offers, hands the offer to <paramref name="exchange"/> (which posts it to the surface and
    /// returns the answer SDP, or null when the surface refused it), applies the answer, waits for
    /// ICE and DTLS, and starts the call. Null when the surface refused the offer.
    /// </summary>
    public static async Task<WebRtcCall?> ConnectAsync(
        IReadOnlyList<AudioCodec> codecs, Func<string, CancellationToken, Task<string?>> exchange, string transport, TimeProvider time, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var peer = new PeerConnection(new PeerConnectionOptions(), time);
        try
        {
            var offer = await peer.CreateOfferAsync(new OfferOptions { Codecs = codecs }, cancellationToken);
            var answer = await exchange(offer, cancellationToken);
            if (answer is null)
            {
                await peer.DisposeAsync();
                return null;
            }

            var negotiated = await peer.SetRemoteAnswerAsync(answer, cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(20));
            await peer.WaitForConnectedAsync(limit.Token);
            var call = new WebRtcCall(peer, negotiated, transport, time, options);
            call.StartLoop();
            return call;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    protected override ValueTask OnStartAsync(CancellationToken cancellationToken)
    {
        State.Log(WireDirection.Local, "connected", State.Codec);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnTickAsync(long tick, ReadOnlyMemory<short> uplink, CancellationToken cancellationToken)
    {
        if (!_peer.TrySendAudio(uplink.Span) && _peer.State == ConnectionState.Connected)
        {
            State.Log(WireDirection.Local, "send rejected", $"tick {tick}");
        }

        while (_peer.Audio.TryRead(out var frame))
        {
            State.AgentAudioMessages++;
            State.AgentAudioBytes += frame.Samples.Length * 2;
            if (!_agentSpeaking)
            {
                State.Log(WireDirection.FromAgent, "agent audio", State.Codec);
                _agentSpeaking = true;
            }

            foreach (var sample in frame.Samples)
            {
                _arrived.Enqueue(sample);
            }
        }

        while (_peer.Events.TryRead(out var e))
        {
            State.Log(WireDirection.FromAgent, e.Kind == ConnectionEventKind.StateChanged ? $"state {e.State}" : e.Kind.ToString(), e.Detail);
            if (e.Kind == ConnectionEventKind.RemoteGoodbye || e.State is ConnectionState.Failed or ConnectionState.Closed)
            {
                State.End($"the agent side ended the connection ({(e.Kind == ConnectionEventKind.RemoteGoodbye ? "RTCP BYE" : e.State.ToString())}{(e.Reason == ConnectionFailureReason.None ? "" : ", " + e.Reason)})");
            }
        }

        var agent = Math.Min(_heard.Length, _arrived.Count);
        for (var i = 0; i < agent; i++)
        {
            _heard[i] = _arrived.Dequeue();
        }

        Array.Clear(_heard, agent, _heard.Length - agent);
        if (agent < _heard.Length && _agentSpeaking && _arrived.Count == 0)
        {
            _agentSpeaking = false;
            State.Log(WireDirection.Local, "agent audio stopped arriving");
        }

        State.Ear.Append(_heard, 0, agent);
        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken) =>
        _peer.TrySendDigit(digit, TimeSpan.FromMilliseconds(100))
            ? ValueTask.CompletedTask
            : throw new InvalidOperationException($"The peer would not send digit {digit} (telephone-event negotiated: {Negotiated.TelephoneEventPayloadType is not null}).");

    protected override ValueTask OnHangUpAsync(CancellationToken cancellationToken) => _peer.DisposeAsync();

    protected override ValueTask DisposeCoreAsync() => _peer.DisposeAsync();
}
