using System.Net.WebSockets;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Runtime;

/// <summary>
/// The seam between the REST surfaces (this layer: auth, validation, state, journal of
/// exchanges) and the call runtime (issue 6: call actor, bridge, turn engine, scripted model,
/// media-stream protocols, media deviations). The REST layer decides *whether* a leg may attach
/// and with what format; the runtime owns media from there, calling back through
/// <see cref="ICallControl"/>. Registered in DI as a singleton; the default is
/// <see cref="NotInstalledCallRuntime"/>, which says so instead of pretending.
/// </summary>
public interface ICallRuntime
{
    /// <summary>False for the placeholder.</summary>
    bool IsInstalled { get; }

    string Description { get; }

    /// <summary>
    /// A WebRTC caller leg whose SDP answer Conformance.Rtc produced (Everruns create_call,
    /// OpenAI /v1/realtime/calls). The runtime owns the leg from here and must dispose it when
    /// the call ends (the REST layer disposes it too, idempotently, via <see cref="ICallControl.AttachResource"/>).
    /// </summary>
    ValueTask AttachWebRtcLegAsync(CallRecord callRecord, IWebRtcLeg leg, CancellationToken cancellationToken);

    /// <summary>
    /// A media-stream WebSocket the REST layer accepted (Omnia websocketUrl; later the ClutchCall
    /// callee leg). Runs until the socket or the call ends; must close the socket.
    /// </summary>
    Task RunMediaStreamLegAsync(CallRecord callRecord, WebSocket socket, MediaStreamLeg leg, CancellationToken cancellationToken);

    /// <summary>An accepted OpenAI Realtime event socket (sideband of <paramref name="callRecord"/>, or standalone when null). Must close the socket.</summary>
    Task RunRealtimeSocketAsync(CallRecord? callRecord, WebSocket socket, RealtimeSocketRequest request, CancellationToken cancellationToken);

    /// <summary>Binds (or re-binds) the scripted agent; the call stays up. ClutchCall voice.agents.attach and transfer-to-agent.</summary>
    ValueTask AttachAgentAsync(CallRecord callRecord, AgentBinding agent, CancellationToken cancellationToken);

    /// <summary>Stops the agent listening and speaking; the call and any uplink tap stay up (turn-semantics.md §5).</summary>
    ValueTask DetachAgentAsync(CallRecord callRecord, CancellationToken cancellationToken);

    /// <summary>Places an outbound call; drive Dialing → Ringing → Active via <see cref="ICallControl"/>. The REST layer enforces the ring timeout.</summary>
    ValueTask OriginateAsync(CallRecord callRecord, OriginateRequest request, CancellationToken cancellationToken);

    /// <summary>Transfers the caller leg to a number (ClutchCall voice.calls.transfer with <c>to</c>, OpenAI refer).</summary>
    ValueTask TransferAsync(CallRecord callRecord, string target, CancellationToken cancellationToken);

    /// <summary>The call ended (REST end/hangup/delete, lease expiry, ring timeout, reset): release every leg of it.</summary>
    ValueTask HangUpAsync(CallRecord callRecord, string reason, CancellationToken cancellationToken);
}
