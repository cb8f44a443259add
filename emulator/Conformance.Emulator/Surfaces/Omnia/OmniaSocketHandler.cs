using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// <c>websocketUrl</c>: <c>ws://{emulator}/omnia/ws/{token}</c>. The URL is the credential
/// (no header auth); it opens once (a second attempt → 403), expires unused after
/// <c>leases.omniaSocketSeconds</c> (→ 403), and unknown tokens → 404 — all answered before
/// any upgrade, in Omnia's error shape (OMN-WS-001…004). Once open, the call is
/// <c>connecting</c> and the socket belongs to the call runtime.
/// </summary>
public static class OmniaSocketHandler
{
    public static async Task HandleAsync(HttpContext http, string token, EmulatorStore store, CallLifecycle lifecycle, ICallRuntime runtime, DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(deviations);
        CallRecord call;
        MediaStreamLeg leg;
        lock (store.Sync)
        {
            var record = store.FindToken(token, TokenKind.OmniaSocket);
            var found = record is not null ? store.FindCall(record.CallId) : null;
            if (record is null || found?.Omnia is null)
            {
                OmniaErrors.Throw(OmniaError.NotFound, "Unknown websocketUrl");
            }

            call = found;
            http.Bind(call);
            if (record.ExpiresAt <= store.Now)
            {
                OmniaErrors.Throw(OmniaError.Forbidden, "This websocketUrl has expired; create a new call");
            }

            var reusable = deviations.Find(RestDeviations.WebsocketUrlReusable, Surface.Omnia, call.TenantId) is not null;
            if (record.Uses > 0 && !reusable)
            {
                OmniaErrors.Throw(OmniaError.Forbidden, "This websocketUrl has already been used; it is single-use");
            }

            if (call.IsTerminal)
            {
                OmniaErrors.Throw(OmniaError.Forbidden, "The call has ended");
            }

            if (!http.WebSockets.IsWebSocketRequest)
            {
                OmniaErrors.Throw(OmniaError.BadRequest, "websocketUrl takes a WebSocket upgrade");
            }

            record.Uses++;
            call.Omnia.SocketConsumed = true;
            leg = call.MediaStream!;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        lifecycle.MarkDialing(call);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, call.Ended);
        try
        {
            await runtime.RunMediaStreamLegAsync(call, socket, leg, linked.Token);
        }
        finally
        {
            if (!call.IsTerminal && deviations.Find(RestDeviations.WebsocketUrlReusable, Surface.Omnia, call.TenantId) is null)
            {
                await lifecycle.EndAsync(call, CallState.Ended, "socket_closed", CancellationToken.None);
            }
        }
    }
}
