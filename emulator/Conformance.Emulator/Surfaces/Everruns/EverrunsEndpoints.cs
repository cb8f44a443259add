using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// Everruns under <c>/everruns</c> (standing in for <c>https://app.everruns.com/api</c>), Bearer
/// auth on every route. Endpoint names are the vendor's operationIds (openapi.json).
/// </summary>
public static class EverrunsEndpoints
{
    public static void AddServices(IServiceCollection services) => services.AddSingleton<EverrunsVoice>();

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var v1 = app.MapGroup("/everruns/v1").AddEndpointFilter(new SurfaceAuthFilter(Surface.Everruns, SurfaceAuth.Bearer));
        v1.MapPost("/agents", EverrunsSessionHandlers.CreateAgentAsync).WithName("create_agent");
        v1.MapGet("/agents", EverrunsSessionHandlers.ListAgents).WithName("list_agents");
        v1.MapGet("/agents/{agentId}", EverrunsSessionHandlers.GetAgent).WithName("get_agent");
        v1.MapPost("/agents/{agentId}/voice/sessions", EverrunsVoiceHandlers.CreateAgentVoiceSessionAsync).WithName("create_agent_voice_session");
        v1.MapPost("/sessions", EverrunsSessionHandlers.CreateSessionAsync).WithName("create_session");
        v1.MapPost("/sessions/chat/voice", EverrunsVoiceHandlers.CreateChatVoiceSessionAsync).WithName("create_chat_voice_session");
        v1.MapGet("/sessions/{sessionId}", EverrunsSessionHandlers.GetSession).WithName("get_session");
        v1.MapDelete("/sessions/{sessionId}", EverrunsSessionHandlers.DeleteSessionAsync).WithName("delete_session");
        v1.MapGet("/sessions/{sessionId}/sse", EverrunsSseHandler.StreamAsync).WithName("stream_sse");
        v1.MapPost("/sessions/{sessionId}/voice/calls", EverrunsVoiceHandlers.CreateCallAsync).WithName("create_call");
        v1.MapPost("/sessions/{sessionId}/voice/client-secret", EverrunsVoiceHandlers.CreateClientSecretAsync).WithName("create_client_secret");
        v1.MapPost("/sessions/{sessionId}/voice/{voiceConnectionId}/attach", EverrunsVoiceHandlers.AttachAsync).WithName("attach_call");
        v1.MapPost("/sessions/{sessionId}/voice/{voiceConnectionId}/end", EverrunsVoiceHandlers.EndAsync).WithName("end_call");
    }
}
