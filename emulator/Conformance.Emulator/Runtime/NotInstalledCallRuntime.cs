using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Runtime;

/// <summary>
/// The runtime of a build without the call runtime (issue 6): it never fakes media. WebSocket
/// legs are accepted and closed at once with the close reason <see cref="Reason"/> (1011) and
/// the call fails with that reason; WebRTC legs are kept connected (their resources released
/// when the call ends) but carry no agent audio; outbound calls are never answered (so the ring
/// timeout turns them into <c>no_answer</c>). Every such moment is journaled as
/// <c>runtime.not_installed</c>.
/// </summary>
public sealed class NotInstalledCallRuntime : ICallRuntime
{
    public const string Reason = "call runtime not installed";

    private readonly ICallControl _control;

    public NotInstalledCallRuntime(ICallControl control)
    {
        _control = control ?? throw new ArgumentNullException(nameof(control));
    }

    public bool IsInstalled => false;

    public string Description => "not installed: no agent audio, no media-stream protocols (issue 6)";

    public ValueTask AttachWebRtcLegAsync(CallRecord callRecord, IWebRtcLeg leg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(leg);
        _control.AttachResource(callRecord, leg);
        Note(callRecord, "webrtc leg kept connected without an agent", new JsonObject { ["codec"] = leg.Codec });
        _ = FollowConnectionAsync(callRecord, leg);
        return ValueTask.CompletedTask;
    }

    // The connection's own state is a fact, not media: the call goes active when ICE and DTLS
    // are up, and fails when the transport does (the runtime proper will do the same).
    private async Task FollowConnectionAsync(CallRecord callRecord, IWebRtcLeg leg)
    {
        try
        {
            await leg.WaitForConnectedAsync(callRecord.Ended);
            _control.MarkAnswered(callRecord);
        }
        catch (OperationCanceledException)
        {
            // The call ended first.
        }
        catch (Exception e) when (e is InvalidOperationException or Conformance.Rtc.PeerConnectionException or ObjectDisposedException)
        {
            await _control.EndAsync(callRecord, CallState.Failed, $"webrtc connection failed: {e.Message}", CancellationToken.None);
        }
    }

    public async Task RunMediaStreamLegAsync(CallRecord callRecord, WebSocket socket, MediaStreamLeg leg, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(leg);
        Note(callRecord, "media-stream leg closed", new JsonObject { ["protocol"] = leg.Protocol.ToString() });

        // End first, then close: a client that sees the close finds the call already failed.
        await _control.EndAsync(callRecord, CallState.Failed, Reason, cancellationToken);
        await CloseAsync(socket, CancellationToken.None);
    }

    public async Task RunRealtimeSocketAsync(CallRecord? callRecord, WebSocket socket, RealtimeSocketRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (callRecord is not null)
        {
            Note(callRecord, "realtime socket closed", new JsonObject { ["sideband"] = request?.CallId is not null });
        }

        await CloseAsync(socket, cancellationToken);
    }

    public ValueTask AttachAgentAsync(CallRecord callRecord, AgentBinding agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        Note(callRecord, "agent binding recorded, not bridged", new JsonObject { ["persona"] = agent.Persona, ["agent_id"] = agent.AgentId });
        return ValueTask.CompletedTask;
    }

    public ValueTask DetachAgentAsync(CallRecord callRecord, CancellationToken cancellationToken)
    {
        Note(callRecord, "agent detach recorded", []);
        return ValueTask.CompletedTask;
    }

    public ValueTask OriginateAsync(CallRecord callRecord, OriginateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Note(callRecord, "outbound call not placed; it stays unanswered until the ring timeout", new JsonObject { ["to"] = request.To, ["ring_timeout_sec"] = request.RingTimeoutSec });
        return ValueTask.CompletedTask;
    }

    public ValueTask TransferAsync(CallRecord callRecord, string target, CancellationToken cancellationToken)
    {
        Note(callRecord, "transfer recorded, no leg to move", new JsonObject { ["target"] = target });
        return ValueTask.CompletedTask;
    }

    public ValueTask HangUpAsync(CallRecord callRecord, string reason, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private static void Note(CallRecord callRecord, string what, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        data["reason"] = Reason;
        data["what"] = what;
        callRecord.Journal.Append("runtime.not_installed", "runtime", data);
    }

    private static async Task CloseAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.InternalServerError, Reason, cancellationToken);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away first; nothing left to close.
        }
    }
}
