using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Emulator.Calls.Inputs;
using Conformance.Emulator.Calls.Legs;
using Conformance.Emulator.Calls.Status;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Streams.Generic;

namespace Conformance.Emulator.Calls;

/// <summary>
/// The installed call runtime (issue 6; specs/runtime.md): the REST layer's
/// <see cref="ICallRuntime"/> seam, turning each accepted leg into a <see cref="CallActor"/> that
/// joins the caller to the scripted agent. Legs: media-stream WebSockets (Twilio, Telnyx, Plivo,
/// generic), WebRTC peer connections, and outbound callee legs through the number plan.
/// </summary>
public sealed class CallRuntime : ICallRuntime
{
    private readonly CallServices _services;
    private readonly ConcurrentDictionary<string, CallActor> _actors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ICallObserver[]> _sidebands = new(StringComparer.Ordinal);

    public CallRuntime(CallServices services)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
    }

    public bool IsInstalled => true;

    public string Description => _services.Assets.IsUsable
        ? $"installed: scripted agent ({_services.Assets.Personas.Count} personas), media-stream WebSockets (twilio, telnyx, plivo, generic), WebRTC, outbound via the number plan"
        : $"installed without a model: {_services.Assets.Problem}";

    /// <summary>Calls with a live media actor.</summary>
    public int ActiveCalls => _actors.Count;

    public async Task RunMediaStreamLegAsync(CallRecord callRecord, WebSocket socket, MediaStreamLeg leg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(leg);
        using var link = new WebSocketLink(socket);
        if (leg.Protocol == MediaStreamProtocol.OmniaWebRtcHandoff)
        {
            // The SDK's socket hands over LiveKit credentials ({roomUrl, token}); LiveKit media is not emulated.
            const string reason = "LiveKit media is not emulated; use connectionType websocket, twilio, telnyx or plivo";
            callRecord.Journal.Append("media.leg.unsupported", MediaJournal.Source, new JsonObject { ["protocol"] = "omnia_webrtc_handoff", ["reason"] = reason });
            await _services.Control.EndAsync(callRecord, CallState.Failed, reason, cancellationToken).ConfigureAwait(false);
            await link.CloseAsync(WebSocketCloseStatus.InternalServerError, "livekit media not emulated", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        CallLeg callLeg = leg.Protocol switch
        {
            MediaStreamProtocol.Twilio => new TwilioLeg(link),
            MediaStreamProtocol.Telnyx => new TelnyxLeg(link),
            MediaStreamProtocol.Plivo => new PlivoLeg(link, _services.Options.PlivoL16ByteOrder),
            _ when leg.TwilioStream => new TwilioLeg(link),
            _ => new GenericLeg(link, GenericFormat(leg), callRecord.Omnia is not null ? GenericCallEndedName.Hangup : GenericCallEndedName.CallEnded, _services.Time, GenericLeg.ListenOnlyStart),
        };
        if (callLeg is GenericLeg generic)
        {
            await _services.Assets.EnsureEncodedAsync(generic.Format.Output).ConfigureAwait(false);
        }

        await RunLegAsync(callRecord, callLeg, cancellationToken).ConfigureAwait(false);
        await link.CloseAsync(WebSocketCloseStatus.NormalClosure, "call ended", CancellationToken.None).ConfigureAwait(false);
    }

    public ValueTask AttachWebRtcLegAsync(CallRecord callRecord, IWebRtcLeg leg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(leg);
        _services.Control.AttachResource(callRecord, leg);
        if (leg is not RtcLeg rtc)
        {
            callRecord.Journal.Append("media.leg.unsupported", MediaJournal.Source, new JsonObject { ["leg"] = "webrtc", ["codec"] = leg.Codec, ["reason"] = $"{leg.GetType().Name} carries no media API" });
            return ValueTask.CompletedTask;
        }

        // The answer goes back to the caller now; the leg lives on its own until the call ends.
        _ = RunDetachedAsync(callRecord, new WebRtcCallLeg(rtc, _services.Time, _services.Options.WebRtcConnectTimeout), WebRtcCallLeg.FormatFor(rtc.Negotiated).Output);
        return ValueTask.CompletedTask;
    }

    public async Task RunRealtimeSocketAsync(CallRecord? callRecord, WebSocket socket, RealtimeSocketRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(request);
        using var link = new WebSocketLink(socket);
        if (callRecord is null)
        {
            // A standalone session would carry audio as base64 events on this socket; that mode is not emulated (RUN-057).
            var error = new JsonObject
            {
                ["type"] = "error",
                ["event_id"] = "event_000001",
                ["error"] = new JsonObject
                {
                    ["type"] = "invalid_request_error",
                    ["code"] = "standalone_session_not_emulated",
                    ["message"] = "The emulator's realtime model speaks over calls: create one with POST /v1/realtime/calls and open this socket with ?call_id=.",
                    ["param"] = "model",
                },
            };
            await link.SendTextAsync(System.Text.Encoding.UTF8.GetBytes(error.ToJsonString()), cancellationToken).ConfigureAwait(false);
            await link.CloseAsync(WebSocketCloseStatus.PolicyViolation, "standalone realtime sessions are not emulated", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        var sideband = new RealtimeSideband(link, callRecord, Deviations.CallDeviations.For(_services.Deviations, callRecord));
        _sidebands.AddOrUpdate(callRecord.Id, [sideband], (_, list) => [.. list, sideband]);
        if (_actors.TryGetValue(callRecord.Id, out var actor))
        {
            actor.Post(new ObserverInput(sideband, Add: true));
        }

        callRecord.Journal.Append("media.sideband.opened", MediaJournal.Source, new JsonObject { ["subprotocol"] = request.SubProtocol });
        try
        {
            await sideband.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The call ended.
        }
        finally
        {
            _sidebands.AddOrUpdate(callRecord.Id, [], (_, list) => [.. list.Where(s => s != sideband)]);
            if (_actors.TryGetValue(callRecord.Id, out var running))
            {
                running.Post(new ObserverInput(sideband, Add: false));
            }

            callRecord.Journal.Append("media.sideband.closed", MediaJournal.Source, []);
            await link.CloseAsync(WebSocketCloseStatus.NormalClosure, callRecord.IsTerminal ? "call ended" : "sideband closed", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// RUN-044/045: the number plan maps <see cref="OriginateRequest.To"/> to a callee endpoint;
    /// the call is dialing while the emulator connects to it, ringing once the WebSocket is up,
    /// in progress when the callee's first message answers, and failed when the number is not in
    /// the endpoint cannot be reached or the callee hangs up before answering. A number not in the
    /// plan is never answered: the REST layer's ring timeout makes it no_answer.
    /// </summary>
    public ValueTask OriginateAsync(CallRecord callRecord, OriginateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(request);
        if (!_services.Numbers.TryGet(request.To, out var endpoint))
        {
            // Nobody answers a number the plan does not know: the call stays dialing until the ring timeout (no_answer).
            callRecord.Journal.Append("media.originate.unrouted", MediaJournal.Source, new JsonObject
            {
                ["to"] = request.To,
                ["note"] = "not in the number plan (PUT /_emulator/numbers/{number}): no answer until the ring timeout",
            });
            return ValueTask.CompletedTask;
        }

        callRecord.Journal.Append("media.originate.dialing", MediaJournal.Source, new JsonObject { ["to"] = request.To, ["from"] = request.From, ["callee"] = endpoint.ToJson(), ["ring_timeout_sec"] = request.RingTimeoutSec });
        _ = DialAsync(callRecord, endpoint);
        return ValueTask.CompletedTask;
    }

    public ValueTask AttachAgentAsync(CallRecord callRecord, AgentBinding agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(agent);
        if (_actors.TryGetValue(callRecord.Id, out var actor))
        {
            actor.Post(new AttachInput(agent));
        }
        else
        {
            // No media yet: the actor reads call.Agent (the REST layer set it) when the leg comes up.
            callRecord.Journal.Append("media.agent.attached", MediaJournal.Source, new JsonObject { ["persona"] = agent.Persona, ["agent_id"] = agent.AgentId, ["media_up"] = false });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask DetachAgentAsync(CallRecord callRecord, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        if (_actors.TryGetValue(callRecord.Id, out var actor))
        {
            actor.Post(new DetachInput());
        }
        else
        {
            callRecord.Journal.Append("media.agent.detached", MediaJournal.Source, new JsonObject { ["media_up"] = false });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask TransferAsync(CallRecord callRecord, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);

        // The caller leg leaves the scripted agent for a number the emulator does not serve: the agent stops, the journal says where the call went.
        callRecord.Journal.Append("media.transfer", MediaJournal.Source, new JsonObject { ["target"] = target });
        return DetachAgentAsync(callRecord, cancellationToken);
    }

    public ValueTask HangUpAsync(CallRecord callRecord, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        if (_actors.TryGetValue(callRecord.Id, out var actor))
        {
            actor.Post(new HangUpInput(reason));
        }

        return ValueTask.CompletedTask;
    }

    private async Task DialAsync(CallRecord call, Numbers.CalleeEndpoint endpoint)
    {
        using var socket = new ClientWebSocket();
        try
        {
            using var timeout = new CancellationTokenSource(_services.Options.CalleeConnectTimeout, _services.Time);
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, call.Ended);
            await socket.ConnectAsync(endpoint.Url, connect.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or HttpRequestException)
        {
            if (!call.IsTerminal)
            {
                call.Journal.Append("media.originate.unreachable", MediaJournal.Source, new JsonObject { ["url"] = endpoint.Url.ToString(), ["error"] = e.Message });
                await _services.Control.EndAsync(call, CallState.Failed, $"callee unreachable: {e.Message}", CancellationToken.None).ConfigureAwait(false);
            }

            return;
        }

        using var link = new WebSocketLink(socket);
        if (_services.Control.MarkRinging(call))
        {
            call.Journal.Append("media.originate.ringing", MediaJournal.Source, new JsonObject { ["url"] = endpoint.Url.ToString() });
        }

        var format = new GenericStreamFormat(endpoint.InputSampleRate, endpoint.OutputSampleRate, endpoint.Codec == MediaStreamCodec.G711 ? GenericEncoding.MuLaw : GenericEncoding.PcmS16Le);
        await RunDetachedAsync(call, new GenericLeg(link, format, GenericCallEndedName.CallEnded, _services.Time, listenOnlyStart: null), GenericLeg.FormatFor(format).Output).ConfigureAwait(false);
        await link.CloseAsync(WebSocketCloseStatus.NormalClosure, "call ended", CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>A leg that no request waits for (WebRTC, outbound): it runs until the call ends; a defect is logged and ends the call.</summary>
    private async Task RunDetachedAsync(CallRecord call, CallLeg leg, Conformance.Emulator.Agent.Clips.ClipFormat output)
    {
        try
        {
            // RUN-005: no clip is encoded on the actor's clock (Opus may still be on its way after start-up).
            await _services.Assets.EnsureEncodedAsync(output).ConfigureAwait(false);
            await RunLegAsync(call, leg, call.Ended).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _services.Log.LogError(e, "leg {Leg} of {Call} failed", leg.Kind, call.Id);
            await _services.Control.EndAsync(call, CallState.Failed, $"{leg.Kind} leg failed: {e.Message}", CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one leg to its end: the actor's loop and the leg's receive loop side by side.</summary>
    internal async Task RunLegAsync(CallRecord call, CallLeg leg, CancellationToken cancellationToken)
    {
        var actor = new CallActor(_services, call, leg);
        if (leg is GenericLeg)
        {
            actor.AddObserver(new GenericStatus(leg));
        }

        if (call.Everruns is not null)
        {
            actor.AddObserver(new EverrunsStatus(_services.Control, call));
        }

        foreach (var sideband in _sidebands.GetValueOrDefault(call.Id, []))
        {
            actor.AddObserver(sideband);
        }

        _actors[call.Id] = actor;
        var loop = actor.RunAsync();
        try
        {
            await leg.RunAsync(actor, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The call ended elsewhere; the actor was told (HangUpAsync).
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            actor.Post(new LegEndedInput($"transport failed: {e.Message}", Failed: true));
        }
        finally
        {
            actor.Post(call.IsTerminal ? new HangUpInput(call.EndReason ?? "call ended") : new LegEndedInput("leg closed", Failed: false));
            await loop.ConfigureAwait(false);
            _actors.TryRemove(new KeyValuePair<string, CallActor>(call.Id, actor));
            _sidebands.TryRemove(call.Id, out _);
            await leg.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static GenericStreamFormat GenericFormat(MediaStreamLeg leg) =>
        new(leg.InputSampleRate, leg.OutputSampleRate, leg.Codec == MediaStreamCodec.G711 ? GenericEncoding.MuLaw : GenericEncoding.PcmS16Le);
}
