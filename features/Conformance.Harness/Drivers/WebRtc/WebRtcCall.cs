using Conformance.Harness.Measuring;
using Conformance.Rtc;
using Conformance.Rtc.Sdp;

namespace Conformance.Harness.Drivers.WebRtc;

/// <summary>
/// A WebRTC caller on our own stack (Conformance.Rtc offerer): it offers the codecs a scenario
/// asks for, in that order; the surface's answer decides the codec. Per tick it sends one 20 ms
/// RTP packet of caller audio and plays out what arrived, like a jitter buffer of one frame: the
/// first packet of a talkspurt is placed at the tick it arrived in (turn-semantics §6: "WebRTC:
/// arrival time of the packet"), the rest of the talkspurt by its RTP timestamps after it, and
/// the ear is rendered one tick behind, so a packet up to 20 ms late still lands in its slot.
/// A packet whose slot has already been played starts a new talkspurt at its arrival tick.
/// <code>
///   tick:        n-1        n          n+1
///   rendered: |---ear----|            (ear ends at n·F when tick n starts)
///   slots:               |arrivals in (n-1, n] go here, by RTP time|
/// </code>
/// </summary>
public sealed class WebRtcCall : CallerLeg
{
    private readonly PeerConnection _peer;
    private readonly short[] _future;
    private readonly bool[] _agent;
    private readonly int _frame;
    private long _futureOrigin;
    private long _anchorPosition = -1;
    private long _anchorMediaTime;
    private bool _agentSpeaking;

    private WebRtcCall(PeerConnection peer, NegotiatedAudio negotiated, string transport, TimeProvider time, CallerLegOptions? options)
        : base(transport, negotiated.PcmSampleRate, new AgentEar(negotiated.PcmSampleRate), time, options)
    {
        _peer = peer;
        Negotiated = negotiated;
        _frame = negotiated.PcmSampleRate * Options.FrameMs / 1000;
        _future = new short[negotiated.PcmSampleRate * 2];
        _agent = new bool[_future.Length];
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

            NegotiatedAudio negotiated;
            try
            {
                negotiated = await peer.SetRemoteAnswerAsync(answer, cancellationToken);
            }
            catch (SdpNegotiationException e) when (e.Failure != SdpNegotiationFailure.InvalidState)
            {
                // The answer is the agent's: one that does not fit our offer (a codec we never
                // offered, RFC 3264 §6.1) is the behaviour under test failing, not the harness.
                throw new HarnessAssertionException($"The agent's SDP answer does not fit our offer of {string.Join(", ", codecs.Select(c => c.SdpName()))}: {e.Message}", e);
            }

            using var timer = new CancellationTokenSource(TimeSpan.FromSeconds(20), time);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
            await peer.WaitForConnectedAsync(limit.Token);
            // RTP goes out in real time (the receiver's jitter buffer is short): no lead.
            var call = new WebRtcCall(peer, negotiated, transport, time, (options ?? new CallerLegOptions()) with { UplinkLeadFrames = 0 });
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

    protected override double MediaTimeAfterTick(long tick) => State.Ear.LengthMs;

    protected override ValueTask OnUplinkAsync(long index, ReadOnlyMemory<short> frame, CancellationToken cancellationToken)
    {
        if (!_peer.TrySendAudio(frame.Span) && _peer.State == ConnectionState.Connected)
        {
            State.Log(WireDirection.Local, "send rejected", $"frame {index}");
        }

        return ValueTask.CompletedTask;
    }

    protected override ValueTask OnTickAsync(long tick, CancellationToken cancellationToken)
    {
        var slot = tick * (long)_frame;
        while (_peer.Audio.TryPeek(out var next) && ArrivedByThisTick(ScheduleMs(next.ArrivalTime)))
        {
            _peer.Audio.TryRead(out var frame);
            Place(frame!, slot);
        }

        while (_peer.Events.TryRead(out var e))
        {
            State.Log(WireDirection.FromAgent, e.Kind == ConnectionEventKind.StateChanged ? $"state {e.State}" : e.Kind.ToString(), e.Detail);
            if (e.Kind == ConnectionEventKind.RemoteGoodbye || e.State is ConnectionState.Failed or ConnectionState.Closed)
            {
                State.End($"the agent side ended the connection ({(e.Kind == ConnectionEventKind.RemoteGoodbye ? "RTCP BYE" : e.State.ToString())}{(e.Reason == ConnectionFailureReason.None ? "" : ", " + e.Reason)})");
            }
        }

        // Render the previous tick's slot: one frame of jitter tolerance.
        while (State.Ear.Length + _frame <= slot)
        {
            Render();
        }

        return ValueTask.CompletedTask;
    }

    private void Place(ReceivedAudioFrame frame, long arrivalSlot)
    {
        State.AgentAudioMessages++;
        State.AgentAudioBytes += frame.Samples.Length * 2;
        var position = _anchorPosition + (frame.MediaTime - _anchorMediaTime);
        if (_anchorPosition < 0 || position < State.Ear.Length || position > _futureOrigin + _future.Length - frame.Samples.Length)
        {
            // A new talkspurt (or a packet whose slot has passed): it is heard from its arrival tick.
            _anchorPosition = Math.Max(arrivalSlot, State.Ear.Length);
            _anchorMediaTime = frame.MediaTime;
            position = _anchorPosition;
            if (!_agentSpeaking)
            {
                State.LogAt(position * 1000.0 / Negotiated.PcmSampleRate, WireDirection.FromAgent, "agent audio", State.Codec);
            }
        }

        _agentSpeaking = true;
        for (var i = 0; i < frame.Samples.Length; i++)
        {
            var at = (int)(position - _futureOrigin) + i;
            _future[at] = frame.Samples[i];
            _agent[at] = true;
        }
    }

    /// <summary>Moves one frame from the future buffer into the ear (agent audio where packets were placed).</summary>
    private void Render()
    {
        var from = 0;
        while (from < _frame && !_agent[from])
        {
            from++;
        }

        var to = from;
        while (to < _frame && _agent[to])
        {
            to++;
        }

        State.Ear.Append(_future.AsSpan(0, _frame), from == _frame ? 0 : from, to - from);
        if (from == _frame && _agentSpeaking && !_agent.AsSpan(_frame).Contains(true))
        {
            _agentSpeaking = false;
            State.Log(WireDirection.Local, "agent audio stopped arriving");
        }

        Array.Copy(_future, _frame, _future, 0, _future.Length - _frame);
        Array.Copy(_agent, _frame, _agent, 0, _agent.Length - _frame);
        Array.Clear(_future, _future.Length - _frame, _frame);
        Array.Clear(_agent, _agent.Length - _frame, _frame);
        _futureOrigin += _frame;
    }

    protected override ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken) =>
        _peer.TrySendDigit(digit, TimeSpan.FromMilliseconds(100))
            ? ValueTask.CompletedTask
            : throw new InvalidOperationException($"The peer would not send digit {digit} (telephone-event negotiated: {Negotiated.TelephoneEventPayloadType is not null}).");

    protected override ValueTask OnHangUpAsync(CancellationToken cancellationToken) => _peer.DisposeAsync();

    protected override ValueTask DisposeCoreAsync() => _peer.DisposeAsync();
}
