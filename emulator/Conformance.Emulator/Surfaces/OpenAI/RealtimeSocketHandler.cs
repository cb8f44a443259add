using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>
/// GET /v1/realtime (WebSocket): the sideband of an existing call (<c>?callId=</c>, vendors.md
/// §5.4) or a standalone realtime session (<c>?model=</c>). The REST layer authenticates and
/// checks the call, accepts the upgrade (echoing the <c>realtime</c> subprotocol when offered)
/// and hands the socket to the call runtime, which speaks the event protocol.
/// </summary>
public static class RealtimeSocketHandler
{
    public static async Task HandleAsync(HttpContext http, SurfaceAuth auth, EmulatorStore store, ICallRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(runtime);
        var (caller, _) = OpenAIAuth.StandardOrEphemeral(http, auth, store);
        var callId = http.Request.Query["call_id"].ToString();
        var model = http.Request.Query["model"].ToString();
        if (callId.Length == 0 && model.Length == 0)
        {
            OpenAIErrors.Throw(OpenAIError.InvalidRequest, "Specify ?callId=<rtc_…> (sideband) or ?model=<model>.", "model", "missing_required_parameter");
        }

        CallRecord? call = null;
        if (callId.Length > 0)
        {
            call = store.FindCall(callId);
            if (call?.OpenAI is null || call.TenantId != caller.TenantId)
            {
                OpenAIErrors.Throw(OpenAIError.NotFound, $"Call {callId} not found.", "call_id");
            }

            if (call.IsTerminal)
            {
                OpenAIErrors.Throw(OpenAIError.CallNotActive, $"Call {callId} has already ended.", "call_id");
            }

            http.Bind(call);
        }

        if (!http.WebSockets.IsWebSocketRequest)
        {
            OpenAIErrors.Throw(OpenAIError.InvalidRequest, "This endpoint takes a WebSocket upgrade.", null, "websocket_required");
        }

        var offered = http.WebSockets.WebSocketRequestedProtocols;
        var subProtocol = offered.Contains("realtime") ? "realtime" : null;
        using var socket = await http.WebSockets.AcceptWebSocketAsync(subProtocol);
        var request = new RealtimeSocketRequest(call?.Id, model.Length > 0 ? model : null, subProtocol, http.Request.Headers.ContainsKey("OpenAI-Beta"));
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, call?.Ended ?? CancellationToken.None);
        await runtime.RunRealtimeSocketAsync(call, socket, request, linked.Token);
    }
}
