using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>
/// Voice.ai under <c>/voiceai</c> (standing in for <c>https://dev.voice.ai</c>; the API at
/// <c>/voiceai/api/v1</c>), Bearer <c>vk_…</c> keys; the call end endpoint also takes the call's
/// own end_token. <c>server_url</c> points at <c>/voiceai/livekit</c>, which answers 501 until
/// LiveKit signalling is emulated.
/// </summary>
public static class VoiceAiEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/voiceai/api/v1").AddEndpointFilter(new SurfaceAuthFilter(Surface.VoiceAi, SurfaceAuth.Bearer));
        api.MapPost("/connection/connection-details", VoiceAiHandlers.ConnectionDetailsAsync).WithName("get_connection_details_api_v1_connection_connection_details_post");
        api.MapPost("/connection/test-connection-details", VoiceAiHandlers.TestConnectionDetailsAsync).WithName("get_test_connection_details");
        api.MapPost("/calls/{callId}/end", VoiceAiHandlers.EndAsync).WithName("end_call_api_v1_calls_call_id_end_post").WithMetadata(CustomAuthMetadata.Instance);
        app.Map("/voiceai/livekit", VoiceAiHandlers.LiveKitNotEmulated).WithName("livekit_signalling");
        app.Map("/voiceai/livekit/{**rest}", VoiceAiHandlers.LiveKitNotEmulated).WithName("livekit_signalling_paths");
    }
}
