using System.Text.Json.Nodes;
using Conformance.Contracts;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// How to provoke each documented error of each operation. Generic provokers cover the statuses
/// every operation of a kind shares (401 without a key, 429 past a one-request limit, 415 with a
/// text body, 400 with malformed JSON); the table covers the rest, operation by operation.
/// </summary>
public static class ErrorProvokers
{
    public delegate Task<ApiResponse> Provoke(Scenarios s, ContractOperation op);

    private static readonly Dictionary<string, Provoke> s_specific = new(StringComparer.Ordinal)
    {
        // Everruns
        ["list_agents 400"] = (s, _) => s.Client.GetAsync("/everruns/v1/agents?limit=0", s.Tenant.Everruns),
        ["get_agent 400"] = (s, _) => s.Client.GetAsync("/everruns/v1/agents/agent_12", s.Tenant.Everruns),
        ["get_agent 404"] = (s, _) => s.Client.GetAsync("/everruns/v1/agents/agent_0123456789abcdef0123456789abcdef", s.Tenant.Everruns),
        ["create_agent 409"] = (s, _) => s.Client.PostJsonAsync("/everruns/v1/agents", new JsonObject { ["name"] = "support", ["system_prompt"] = "x" }, s.Tenant.Everruns),
        ["create_agent_voice_session 404"] = (s, _) => s.Client.PostJsonAsync("/everruns/v1/agents/agent_0123456789abcdef0123456789abcdef/voice/sessions", new JsonObject { ["sdp"] = "v=0" }, s.Tenant.Everruns),
        ["create_session 404"] = (s, _) => s.Client.PostJsonAsync("/everruns/v1/sessions", new JsonObject { ["agent_id"] = "agent_0123456789abcdef0123456789abcdef" }, s.Tenant.Everruns),
        ["create_chat_voice_session 404"] = async (s, _) =>
        {
            await s.Client.PatchJsonAsync($"/_emulator/tenants/{s.Tenant.Id}", new JsonObject { ["voiceEnabled"] = false });
            return await s.Client.PostJsonAsync("/everruns/v1/sessions/chat/voice", new JsonObject { ["sdp"] = "v=0" }, s.Tenant.Everruns);
        },
        ["get_session 400"] = (s, _) => s.Client.GetAsync("/everruns/v1/sessions/sess_1", s.Tenant.Everruns),
        ["get_session 404"] = (s, _) => s.Client.GetAsync($"/everruns/v1/sessions/{UnknownSession}", s.Tenant.Everruns),
        ["delete_session 400"] = (s, _) => s.Client.DeleteAsync("/everruns/v1/sessions/session_XYZ", s.Tenant.Everruns),
        ["delete_session 404"] = (s, _) => s.Client.DeleteAsync($"/everruns/v1/sessions/{UnknownSession}", s.Tenant.Everruns),
        ["stream_sse 400"] = async (s, _) => await s.Client.GetAsync($"/everruns/v1/sessions/{await s.SessionAsync()}/sse?types=turn.nope", s.Tenant.Everruns),
        ["stream_sse 404"] = (s, _) => s.Client.GetAsync($"/everruns/v1/sessions/{UnknownSession}/sse", s.Tenant.Everruns),
        ["create_call 404"] = (s, _) => s.Client.PostJsonAsync($"/everruns/v1/sessions/{UnknownSession}/voice/calls", new JsonObject { ["sdp"] = "v=0" }, s.Tenant.Everruns),
        ["create_client_secret 404"] = (s, _) => s.Client.PostJsonAsync($"/everruns/v1/sessions/{UnknownSession}/voice/client-secret", new JsonObject(), s.Tenant.Everruns),
        ["attach_call 404"] = async (s, _) => await s.Client.PostJsonAsync($"/everruns/v1/sessions/{await s.SessionAsync()}/voice/voice_0123456789abcdef0123456789abcdef/attach", new JsonObject { ["provider_call_id"] = "rtc_1" }, s.Tenant.Everruns),
        ["attach_call 409"] = async (s, _) =>
        {
            var (session, voice) = await s.VoiceConnectionAsync();
            await s.Client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voice}/end", new JsonObject(), s.Tenant.Everruns);
            return await s.Client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voice}/attach", new JsonObject { ["provider_call_id"] = "rtc_1" }, s.Tenant.Everruns);
        },
        ["end_call 404"] = async (s, _) => await s.Client.PostJsonAsync($"/everruns/v1/sessions/{await s.SessionAsync()}/voice/voice_0123456789abcdef0123456789abcdef/end", new JsonObject(), s.Tenant.Everruns),

        // OpenAI
        ["create-realtime-call 400"] = (s, _) => s.Client.PostRawAsync("/openai/v1/realtime/calls", "hello", "application/sdp", s.Tenant.OpenAI),
        ["accept-realtime-call 404"] = (s, _) => s.Client.PostJsonAsync("/openai/v1/realtime/calls/rtc_unknown/accept", new JsonObject { ["type"] = "realtime" }, s.Tenant.OpenAI),
        ["reject-realtime-call 404"] = (s, _) => s.Client.PostJsonAsync("/openai/v1/realtime/calls/rtc_unknown/reject", null, s.Tenant.OpenAI),
        ["refer-realtime-call 404"] = (s, _) => s.Client.PostJsonAsync("/openai/v1/realtime/calls/rtc_unknown/refer", new JsonObject { ["target_uri"] = "tel:+1" }, s.Tenant.OpenAI),
        ["hangup-realtime-call 400"] = async (s, _) =>
        {
            var call = await s.SipCallAsync();
            await s.Client.PostJsonAsync($"/openai/v1/realtime/calls/{call}/hangup", null, s.Tenant.OpenAI);
            return await s.Client.PostJsonAsync($"/openai/v1/realtime/calls/{call}/hangup", null, s.Tenant.OpenAI);
        },
        ["hangup-realtime-call 404"] = (s, _) => s.Client.PostJsonAsync("/openai/v1/realtime/calls/rtc_unknown/hangup", null, s.Tenant.OpenAI),
        ["realtime-socket 400"] = (s, _) => s.Client.GetAsync("/openai/v1/realtime", s.Tenant.OpenAI),
        ["realtime-socket 404"] = (s, _) => s.Client.GetAsync("/openai/v1/realtime?call_id=rtc_unknown", s.Tenant.OpenAI),

        // Omnia
        ["createTelephonyCall 402"] = async (s, _) => await Broke(s).PostAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }),
        ["createTelephonyCall 404"] = (s, _) => s.Client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_nobody" }, s.Tenant.Omnia),
        ["createInlineCall 402"] = async (s, _) => await Broke(s).PostAsync("/omnia/api/v1/calls/inline", new JsonObject { ["systemPrompt"] = "x", ["voice"] = "Mark", ["language"] = "en" }),
        ["createOutboundCall 402"] = async (s, _) => await Broke(s).PostAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumberId"] = "num_default" }),
        ["createOutboundCall 404"] = (s, _) => s.Client.PostJsonAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumberId"] = "num_nope" }, s.Tenant.Omnia),
        ["createAgentCall 404"] = (s, _) => s.Client.PostJsonAsync("/omnia/api/v1/calls", new JsonObject { ["agentId"] = "agt_nobody" }, s.Tenant.Omnia),
        ["listCallLogs 400"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/calls?pageSize=0", s.Tenant.Omnia),
        ["getCallDetails 404"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/calls/call_unknown", s.Tenant.Omnia),
        ["deleteCall 404"] = (s, _) => s.Client.DeleteAsync("/omnia/api/v1/calls/call_unknown", s.Tenant.Omnia),
        ["listAgents 400"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/agents?status=BROKEN", s.Tenant.Omnia),
        ["getAgent 404"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/agents/agt_nobody", s.Tenant.Omnia),
        ["updateAgent 404"] = (s, _) => s.Client.PatchJsonAsync("/omnia/api/v1/agents/agt_nobody", new JsonObject(), s.Tenant.Omnia),
        ["deleteAgent 404"] = (s, _) => s.Client.DeleteAsync("/omnia/api/v1/agents/agt_nobody", s.Tenant.Omnia),
        ["listVoices 400"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/voices?limit=0", s.Tenant.Omnia),
        ["listLanguages 400"] = (s, _) => s.Client.GetAsync("/omnia/api/v1/languages?isActive=maybe", s.Tenant.Omnia),
        ["omniaWebsocket 400"] = async (s, _) => await s.Client.GetAsync((await s.OmniaCallAsync()).SocketPath),
        ["omniaWebsocket 403"] = async (s, _) =>
        {
            var (_, path) = await s.OmniaCallAsync();
            using (await s.Client.ConnectAsync(path))
            {
            }

            return await s.Client.GetAsync(path);
        },
        ["omniaWebsocket 404"] = (s, _) => s.Client.GetAsync("/omnia/ws/unknown-token"),

        // ClutchCall
        ["voice.calls.originate 403"] = (s, _) => s.Client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", Originate(s, org: "org_x"), s.Tenant.ClutchCall),
        ["voice.calls.originate 404"] = (s, _) => s.Client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", Originate(s, trunk: "trunk_nope"), s.Tenant.ClutchCall),
        ["voice.calls.get 400"] = (s, _) => s.Client.GetAsync("/clutchcall/api/trpc/voice.calls.get?input=%7Bbroken", s.Tenant.ClutchCall),
        ["voice.calls.get 403"] = (s, _) => s.Client.GetAsync("/clutchcall/api/trpc/voice.calls.get?input=" + Uri.EscapeDataString("""{"orgId":"org_x","sid":"CA1"}"""), s.Tenant.ClutchCall),
        ["voice.calls.get 404"] = (s, _) => s.Client.GetAsync("/clutchcall/api/trpc/voice.calls.get?input=" + Uri.EscapeDataString($$"""{"orgId":"{{s.Tenant.ClutchCallOrgId}}","sid":"CA1"}"""), s.Tenant.ClutchCall),
        ["voice.calls.transfer 403"] = (s, _) => Mutation(s, "voice.calls.transfer", new JsonObject { ["orgId"] = "org_x", ["sid"] = "CA1", ["agent"] = "support-s2s" }),
        ["voice.calls.transfer 404"] = (s, _) => Mutation(s, "voice.calls.transfer", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = "CA1", ["agent"] = "support-s2s" }),
        ["voice.calls.transfer 409"] = async (s, _) => await Mutation(s, "voice.calls.transfer", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = await s.ClutchCallAsync(), ["agent"] = "support-s2s" }),
        ["voice.calls.hangup 403"] = (s, _) => Mutation(s, "voice.calls.hangup", new JsonObject { ["orgId"] = "org_x", ["sid"] = "CA1" }),
        ["voice.calls.hangup 404"] = (s, _) => Mutation(s, "voice.calls.hangup", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = "CA1" }),
        ["voice.agents.attach 403"] = (s, _) => Mutation(s, "voice.agents.attach", new JsonObject { ["orgId"] = "org_x", ["sid"] = "CA1", ["agent"] = "support-s2s" }),
        ["voice.agents.attach 404"] = (s, _) => Mutation(s, "voice.agents.attach", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = "CA1", ["agent"] = "support-s2s" }),
        ["voice.agents.attach 409"] = async (s, _) =>
        {
            var sid = await s.ClutchCallAsync();
            await Mutation(s, "voice.calls.hangup", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = sid });
            return await Mutation(s, "voice.agents.attach", new JsonObject { ["orgId"] = s.Tenant.ClutchCallOrgId, ["sid"] = sid, ["agent"] = "support-s2s" });
        },

        // Voice.ai
        ["get_connection_details_api_v1_connection_connection_details_post 402"] = async (s, _) => await Broke(s).PostAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }),
        ["get_connection_details_api_v1_connection_connection_details_post 403"] = (s, _) => s.Client.PostJsonAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "paused-agent" }, s.Tenant.VoiceAi),
        ["get_connection_details_api_v1_connection_connection_details_post 404"] = (s, _) => s.Client.PostJsonAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "nobody" }, s.Tenant.VoiceAi),
        ["get_test_connection_details 403"] = (s, _) => s.Client.PostJsonAsync("/voiceai/api/v1/connection/test-connection-details", new JsonObject { ["agent_id"] = "paused-agent" }, s.Tenant.VoiceAi),
        ["get_test_connection_details 404"] = (s, _) => s.Client.PostJsonAsync("/voiceai/api/v1/connection/test-connection-details", new JsonObject { ["agent_id"] = "nobody" }, s.Tenant.VoiceAi),
        ["end_call_api_v1_calls_call_id_end_post 403"] = async (s, _) =>
        {
            var (_, token) = await s.VoiceAiCallAsync();
            var (other, _) = await s.VoiceAiCallAsync();
            return await s.Client.PostJsonAsync($"/voiceai/api/v1/calls/{other}/end", null, Auth.Bearer(token));
        },
        ["end_call_api_v1_calls_call_id_end_post 404"] = (s, _) => s.Client.PostJsonAsync("/voiceai/api/v1/calls/nope/end", null, s.Tenant.VoiceAi),
        ["end_call_api_v1_calls_call_id_end_post 422"] = async (s, _) => await s.Client.PostJsonAsync($"/voiceai/api/v1/calls/{(await s.VoiceAiCallAsync()).CallId}/end?actual_duration_seconds=soon", null, s.Tenant.VoiceAi),

        // Control
        ["advanceClock 400"] = (s, _) => s.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject()),
        ["createTenant 400"] = (s, _) => s.Client.PostJsonAsync("/_emulator/tenants", new JsonObject { ["name"] = "no id" }),
        ["createTenant 409"] = (s, _) => s.Client.PostJsonAsync("/_emulator/tenants", new JsonObject { ["id"] = s.Tenant.Id }),
        ["getTenant 404"] = (s, _) => s.Client.GetAsync("/_emulator/tenants/nobody"),
        ["updateTenant 400"] = (s, _) => s.Client.PatchJsonAsync($"/_emulator/tenants/{s.Tenant.Id}", new JsonObject { ["voiceEnabled"] = "yes" }),
        ["updateTenant 404"] = (s, _) => s.Client.PatchJsonAsync("/_emulator/tenants/nobody", new JsonObject()),
        ["deleteTenant 404"] = (s, _) => s.Client.DeleteAsync("/_emulator/tenants/nobody"),
        ["listKeys 404"] = (s, _) => s.Client.GetAsync("/_emulator/tenants/nobody/keys"),
        ["createKey 400"] = (s, _) => s.Client.PostJsonAsync($"/_emulator/tenants/{s.Tenant.Id}/keys", new JsonObject { ["surface"] = "telegraph" }),
        ["createKey 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/tenants/nobody/keys", new JsonObject { ["surface"] = "omnia" }),
        ["createKey 409"] = (s, _) => s.Client.PostJsonAsync($"/_emulator/tenants/{s.Tenant.Id}/keys", new JsonObject { ["surface"] = "omnia", ["key"] = s.Tenant.OmniaKey }),
        ["updateKey 400"] = (s, _) => s.Client.PatchJsonAsync($"/_emulator/keys/{s.Tenant.OmniaKey}", new JsonObject { ["credits"] = -1 }),
        ["updateKey 404"] = (s, _) => s.Client.PatchJsonAsync("/_emulator/keys/no_such_key_value", new JsonObject()),
        ["deleteKey 404"] = (s, _) => s.Client.DeleteAsync("/_emulator/keys/no_such_key_value"),
        ["listTenantAgents 400"] = (s, _) => s.Client.GetAsync($"/_emulator/tenants/{s.Tenant.Id}/agents?surface=openai"),
        ["listTenantAgents 404"] = (s, _) => s.Client.GetAsync("/_emulator/tenants/nobody/agents"),
        ["createTenantAgent 400"] = (s, _) => s.Client.PostJsonAsync($"/_emulator/tenants/{s.Tenant.Id}/agents", new JsonObject { ["surface"] = "omnia", ["turn"] = new JsonObject { ["bargeIn"] = "never" } }),
        ["createTenantAgent 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/tenants/nobody/agents", new JsonObject { ["surface"] = "omnia" }),
        ["createTenantAgent 409"] = (s, _) => s.Client.PostJsonAsync($"/_emulator/tenants/{s.Tenant.Id}/agents", new JsonObject { ["surface"] = "omnia", ["id"] = "agt_default" }),
        ["activateDeviation 400"] = (s, _) => s.Client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "rest.error_status_wrong", ["tenant"] = s.Tenant.Id }),
        ["activateDeviation 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "rest.no_such_thing" }),
        ["deactivateDeviation 404"] = (s, _) => s.Client.DeleteAsync("/_emulator/deviations/dev_nope"),
        ["getCall 404"] = (s, _) => s.Client.GetAsync("/_emulator/calls/nope"),
        ["getCallJournal 400"] = async (s, _) => await s.Client.GetAsync($"/_emulator/calls/{await s.ClutchCallAsync()}/journal?limit=0"),
        ["getCallJournal 404"] = (s, _) => s.Client.GetAsync("/_emulator/calls/nope/journal"),
        ["endCall 400"] = async (s, _) => await s.Client.PostJsonAsync($"/_emulator/calls/{await s.ClutchCallAsync()}/end", new JsonObject { ["state"] = "vanished" }),
        ["endCall 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/calls/nope/end", new JsonObject()),
        ["setCallState 400"] = async (s, _) => await s.Client.PostJsonAsync($"/_emulator/calls/{await s.ClutchCallAsync()}/state", new JsonObject { ["state"] = "ended" }),
        ["setCallState 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/calls/nope/state", new JsonObject { ["state"] = "active" }),
        ["setCallState 409"] = async (s, _) =>
        {
            var sid = await s.ClutchCallAsync();
            await s.Client.PostJsonAsync($"/_emulator/calls/{sid}/end", new JsonObject());
            return await s.Client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "active" });
        },
        ["putNumber 400"] = (s, _) => s.Client.SendAsync(HttpMethod.Put, "/_emulator/numbers/+15551230098", new StringContent("""{"url":"http://not-a-socket"}""", System.Text.Encoding.UTF8, "application/json")),
        ["deleteNumber 404"] = (s, _) => s.Client.DeleteAsync("/_emulator/numbers/+15550000000"),
        ["getCallRecording 404"] = async (s, _) => await s.Client.GetAsync($"/_emulator/calls/{await s.ClutchCallAsync()}/recording"),
        ["simulateIncomingSipCall 400"] = (s, _) => s.Client.PostJsonAsync("/_emulator/openai/sip-calls", new JsonObject { ["tenant"] = 5 }),
        ["simulateIncomingSipCall 404"] = (s, _) => s.Client.PostJsonAsync("/_emulator/openai/sip-calls", new JsonObject { ["tenant"] = "nobody" }),
    };

    private const string UnknownSession = "session_0123456789abcdef0123456789abcdef";

    /// <summary>The provoker for one documented status of an operation, or null when none applies.</summary>
    public static Provoke? For(ContractOperation operation, int status)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (s_specific.TryGetValue($"{operation.OperationId} {status}", out var specific))
        {
            return specific;
        }

        var hasBody = operation.RequestContent.Any(c => Contracts.MediaTypes.IsJson(c.MediaType));
        return status switch
        {
            401 => async (s, op) => await s.Client.SendAsync(new HttpMethod(op.Method), await s.PathAsync(op), JsonContent(op)),
            429 => RateLimited,
            415 when hasBody => async (s, op) => await s.Client.SendAsync(new HttpMethod(op.Method), await s.PathAsync(op), new StringContent("hello", System.Text.Encoding.UTF8, "text/plain"), s.AuthFor(op)),
            400 or 422 when hasBody => async (s, op) => await s.Client.SendAsync(new HttpMethod(op.Method), await s.PathAsync(op), new StringContent("{\"broken\":", System.Text.Encoding.UTF8, "application/json"), s.AuthFor(op)),
            _ => null,
        };
    }

    private static async Task<ApiResponse> RateLimited(Scenarios s, ContractOperation op)
    {
        // The path's resources belong to the unlimited tenant; auth (and so the rate limit) comes first.
        var path = await s.PathAsync(op);
        var limited = new Scenarios(s.Client, await TestTenant.CreateAsync(s.Client, rateLimit: (1, 3600)));
        await limited.Client.SendAsync(new HttpMethod(op.Method), path, JsonContent(op), limited.AuthFor(op));
        return await limited.Client.SendAsync(new HttpMethod(op.Method), path, JsonContent(op), limited.AuthFor(op));
    }

    private static StringContent? JsonContent(ContractOperation op) =>
        op.RequestContent.Count > 0 ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null;

    private static JsonObject Originate(Scenarios s, string? org = null, string? trunk = null) => new()
    {
        ["orgId"] = org ?? s.Tenant.ClutchCallOrgId, ["to"] = "+15551234567", ["from"] = "+15557654321", ["trunkId"] = trunk ?? "trunk_main",
    };

    private static Task<ApiResponse> Mutation(Scenarios s, string procedure, JsonObject input) =>
        s.Client.PostJsonAsync($"/clutchcall/api/trpc/{procedure}", input, s.Tenant.ClutchCall);

    private static BrokeTenant Broke(Scenarios s) => new(s);

    private sealed class BrokeTenant(Scenarios s)
    {
        public async Task<ApiResponse> PostAsync(string path, JsonObject body)
        {
            var tenant = await TestTenant.CreateAsync(s.Client, credits: 0);
            var surface = Emulator.State.SurfaceNames.FromPath(path)!.Value;
            return await s.Client.PostJsonAsync(path, body, tenant.For(surface));
        }
    }
}
