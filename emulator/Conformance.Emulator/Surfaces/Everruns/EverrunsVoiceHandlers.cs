using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Emulator.Surfaces.OpenAI;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>The four seeded voice operations and the two voice-session routes (vendors.md §1.2).</summary>
public static class EverrunsVoiceHandlers
{
    public const int ClientSecretSeconds = 600;

    /// <summary>POST /v1/sessions/{sessionId}/voice/calls (create_call; seed 001).</summary>
    public static async Task<IResult> CreateCallAsync(HttpContext http, string sessionId, EverrunsVoice voice)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        var session = voice.RequireSession(http, sessionId);
        EverrunsVoice.RequireVoiceEnabled(http);
        var (options, sdp, reader) = await EverrunsVoice.ReadBodyAsync(http, sdpRequired: true);
        EverrunsVoice.ThrowIfInvalid(reader);
        var (call, answer) = await voice.CreateCallAsync(http, session, options, sdp!);
        return SurfaceResult.Ok(EverrunsVoice.CallResponse(call, answer));
    }

    /// <summary>POST /v1/agents/{agentId}/voice/sessions (create_agent_voice_session): a new session for the agent, then create_call.</summary>
    public static async Task<IResult> CreateAgentVoiceSessionAsync(HttpContext http, string agentId, EverrunsVoice voice)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        EverrunsIds.RequireWellFormed(http, agentId, "agent", "agent");
        var tenant = http.Caller().Tenant;
        AgentRecord? agent;
        lock (voice.Store.Sync)
        {
            agent = tenant.EverrunsAgents.GetValueOrDefault(agentId);
        }

        if (agent is null)
        {
            EverrunsProblems.Throw(EverrunsError.NotFound, $"Agent {agentId} not found in org {tenant.EverrunsOrgId}.", "agent_not_found");
        }

        EverrunsVoice.RequireVoiceEnabled(http);
        var (options, sdp, reader) = await EverrunsVoice.ReadBodyAsync(http, sdpRequired: true);
        EverrunsVoice.ThrowIfInvalid(reader);
        var session = voice.Store.CreateSession(tenant, agent.Id, null, [], "api");
        var (call, answer) = await voice.CreateCallAsync(http, session, options, sdp!);
        return SurfaceResult.Ok(new JsonObject { ["session"] = EverrunsJson.Session(session, tenant, http.BaseUrl()), ["voice"] = EverrunsVoice.CallResponse(call, answer) }, StatusCodes.Status201Created);
    }

    /// <summary>POST /v1/sessions/chat/voice (create_chat_voice_session): the org's Platform Chat singleton session, then create_call.</summary>
    public static async Task<IResult> CreateChatVoiceSessionAsync(HttpContext http, EverrunsVoice voice)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        EverrunsVoice.RequireVoiceEnabled(http);
        var (options, sdp, reader) = await EverrunsVoice.ReadBodyAsync(http, sdpRequired: true);
        EverrunsVoice.ThrowIfInvalid(reader);
        var tenant = http.Caller().Tenant;
        EverrunsSession session;
        lock (voice.Store.Sync)
        {
            session = (tenant.ChatSessionId is { } id ? voice.Store.FindSession(id) : null)
                ?? voice.Store.CreateSession(tenant, null, "Platform Chat", [], "chat");
            tenant.ChatSessionId = session.Id;
        }

        var (call, answer) = await voice.CreateCallAsync(http, session, options, sdp!);
        return SurfaceResult.Ok(new JsonObject { ["session"] = EverrunsJson.Session(session, tenant, http.BaseUrl()), ["voice"] = EverrunsVoice.CallResponse(call, answer) });
    }

    /// <summary>
    /// POST /v1/sessions/{sessionId}/voice/client-secret: a voice connection waiting for the
    /// browser's own OpenAI call, plus the OpenAI client secret it will use (vendors.md §1.4).
    /// </summary>
    public static async Task<IResult> CreateClientSecretAsync(HttpContext http, string sessionId, EverrunsVoice voice)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        var session = voice.RequireSession(http, sessionId);
        EverrunsVoice.RequireVoiceEnabled(http);
        var (options, _, reader) = await EverrunsVoice.ReadBodyAsync(http, sdpRequired: false, sdpForbidden: true);
        EverrunsVoice.ThrowIfInvalid(reader);
        var caller = http.Caller();
        var (provider, model, voiceName, effort) = voice.Resolve(caller.Tenant, session, options);
        var store = voice.Store;
        CallRecord call;
        ClientSecretRecord secret;
        lock (store.Sync)
        {
            var now = store.Now;
            var voiceId = PublicIds.NewPrefixed("voice", now);
            call = store.NewCall(caller.Tenant, Surface.Everruns, CallTransport.WebRtc, voiceId);
            call.ApiKey = caller.Key.Key;
            call.LeaseExpiresAt = now.AddSeconds(store.Leases.EverrunsVoiceSeconds);
            call.Everruns = EverrunsVoice.Facet(voiceId, session, provider, model, voiceName, effort, options.Instructions, "webrtc_client_secret", null);
            var sessionConfig = EverrunsVoice.OpenAISessionFor(model, voiceName, effort, options.Instructions);
            secret = new ClientSecretRecord("ek_" + PublicIds.NewHex(16), caller.TenantId, now, now.AddSeconds(ClientSecretSeconds), sessionConfig) { VoiceConnectionId = voiceId };
            store.AddClientSecret(secret);
        }

        http.Bind(call);
        var body = EverrunsJson.VoiceBase(call.Everruns!, secret.ExpiresAt);
        body["client_secret"] = OpenAIJson.ClientSecret(secret);
        return SurfaceResult.Ok(body);
    }

    /// <summary>POST /v1/sessions/{sessionId}/voice/{voiceConnectionId}/attach (attach_call; seed 000).</summary>
    public static async Task<IResult> AttachAsync(HttpContext http, string sessionId, string voiceConnectionId, EverrunsVoice voice, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var session = voice.RequireSession(http, sessionId);
        var connection = RequireConnection(http, voice.Store, session, voiceConnectionId);
        EverrunsVoice.RequireVoiceEnabled(http);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var options = EverrunsVoiceOptions.Parse(reader);
        var providerCallId = reader.ReadString("provider_call_id", required: true, minLength: 1, pattern: "^rtc_[A-Za-z0-9_]+$");
        EverrunsVoice.ThrowIfInvalid(reader);
        var caller = http.Caller();
        var (_, model, voiceName, effort) = voice.Resolve(caller.Tenant, session, options);

        var store = voice.Store;
        CallRecord target;
        lock (store.Sync)
        {
            if (connection.IsTerminal)
            {
                EverrunsProblems.Throw(EverrunsError.Conflict, $"Voice connection {voiceConnectionId} has ended.", "voice_connection_ended");
            }

            var bound = connection.Everruns!.ProviderCallId;
            if (bound is not null && bound != providerCallId)
            {
                EverrunsProblems.Throw(EverrunsError.Conflict, $"Voice connection {voiceConnectionId} is already attached to {bound}.", "already_attached");
            }

            var providerCall = store.FindCall(providerCallId!);
            if (providerCall is null || providerCall.TenantId != caller.TenantId || providerCall.OpenAI is null)
            {
                EverrunsProblems.Throw(EverrunsError.NotFound, $"Realtime call {providerCallId} not found.", "provider_call_not_found");
            }

            if (providerCall.IsTerminal)
            {
                EverrunsProblems.Throw(EverrunsError.Conflict, $"Realtime call {providerCallId} has ended.", "provider_call_ended");
            }

            if (providerCall != connection && providerCall.Everruns is not null)
            {
                EverrunsProblems.Throw(EverrunsError.Conflict, $"Realtime call {providerCallId} is attached to another voice connection.", "provider_call_attached");
            }

            target = providerCall;
            var facet = connection.Everruns;
            facet.ProviderCallId = providerCallId;
            facet.Model = model;
            facet.Voice = voiceName;
            facet.ReasoningEffort = effort;
            facet.Instructions = options.Instructions ?? facet.Instructions;
            if (providerCall != connection)
            {
                store.Merge(providerCall, connection);
            }
        }

        http.Bind(target);
        voice.PublishStarted(target);
        var response = EverrunsJson.VoiceBase(target.Everruns!, target.LeaseExpiresAt ?? store.Now);
        response["provider_call_id"] = providerCallId;
        return SurfaceResult.Ok(response);
    }

    /// <summary>POST /v1/sessions/{sessionId}/voice/{voiceConnectionId}/end (end_call): idempotent.</summary>
    public static async Task<IResult> EndAsync(HttpContext http, string sessionId, string voiceConnectionId, EverrunsVoice voice, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var session = voice.RequireSession(http, sessionId);
        var call = RequireConnection(http, voice.Store, session, voiceConnectionId);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var reason = reader.ReadString("reason", maxLength: 10_000);
        EverrunsVoice.ThrowIfInvalid(reader);
        if (!call.IsTerminal)
        {
            call.Everruns!.EndReason = reason;
            await lifecycle.EndAsync(call, CallState.Ended, reason ?? "client_end", http.RequestAborted);
        }

        return SurfaceResult.Ok(new JsonObject
        {
            ["voice_connection_id"] = call.Everruns!.VoiceConnectionId,
            ["status"] = EverrunsJson.VoiceStatus(call),
        });
    }

    private static CallRecord RequireConnection(HttpContext http, EmulatorStore store, EverrunsSession session, string voiceConnectionId)
    {
        EverrunsIds.RequireWellFormed(http, voiceConnectionId, "voice connection", "voice", "voice_conn");
        var call = store.FindCall(EverrunsIds.CanonicalVoiceId(voiceConnectionId));
        if (call?.Everruns is null || call.Everruns.SessionId != session.Id)
        {
            EverrunsProblems.Throw(EverrunsError.NotFound, $"Voice connection {voiceConnectionId} not found in session {session.Id}.", "voice_connection_not_found");
        }

        http.Bind(call);
        return call;
    }
}
