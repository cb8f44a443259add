using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>
/// The OpenAI Realtime layer under <c>/openai</c> (standing in for <c>https://api.openai.com</c>),
/// Bearer auth: standard keys everywhere, ephemeral <c>ek_…</c> secrets also on
/// <c>POST /v1/realtime/calls</c> and the realtime socket.
/// </summary>
public static class OpenAIEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var v1 = app.MapGroup("/openai/v1").AddEndpointFilter(new SurfaceAuthFilter(Surface.OpenAI, SurfaceAuth.Bearer));
        v1.MapPost("/realtime/calls", OpenAIHandlers.CreateCallAsync).WithName("create-realtime-call").WithMetadata(CustomAuthMetadata.Instance);
        v1.MapPost("/realtime/client_secrets", OpenAIHandlers.CreateClientSecretAsync).WithName("create-realtime-client-secret");
        v1.MapPost("/realtime/calls/{callId}/accept", OpenAIHandlers.AcceptAsync).WithName("accept-realtime-call");
        v1.MapPost("/realtime/calls/{callId}/reject", OpenAIHandlers.RejectAsync).WithName("reject-realtime-call");
        v1.MapPost("/realtime/calls/{callId}/refer", OpenAIHandlers.ReferAsync).WithName("refer-realtime-call");
        v1.MapPost("/realtime/calls/{callId}/hangup", OpenAIHandlers.HangupAsync).WithName("hangup-realtime-call");
        v1.MapGet("/realtime", RealtimeSocketHandler.HandleAsync).WithName("realtime-socket").WithMetadata(CustomAuthMetadata.Instance);
    }
}
