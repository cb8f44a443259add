using System.Text.Json.Nodes;
using Conformance.Contracts;
using Conformance.Emulator.State;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// Live resources for contract tests: for any documented operation, a concrete path whose ids
/// exist in the tenant (a session, a voice connection, an Omnia call, a ClutchCall sid, a
/// Voice.ai call, a SIP call…), so a request reaches the handler's own logic.
/// </summary>
public sealed class Scenarios(EmulatorClient client, TestTenant tenant)
{
    public EmulatorClient Client => client;

    public TestTenant Tenant => tenant;

    public static Surface SurfaceOf(ContractOperation operation) =>
        SurfaceNames.FromPath(operation.Path.Template) ?? Surface.Control;

    public Auth AuthFor(ContractOperation operation) => tenant.For(SurfaceOf(operation));

    public async Task<string> SessionAsync()
    {
        var response = await client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns);
        return response.Obj["id"]!.GetValue<string>();
    }

    public async Task<(string SessionId, string VoiceId)> VoiceConnectionAsync()
    {
        var session = await SessionAsync();
        var secret = await client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject(), tenant.Everruns);
        return (session, secret.Obj["voice_connection_id"]!.GetValue<string>());
    }

    public async Task<(string Id, string SocketPath)> OmniaCallAsync()
    {
        var response = await client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        var url = response.Obj["websocketUrl"]!.GetValue<string>();
        return (response.Obj["id"]!.GetValue<string>(), new Uri(url.Replace("ws://", "http://", StringComparison.Ordinal)).AbsolutePath);
    }

    /// <summary>An Omnia generic-socket call whose caller sent 100 ms of audio, so the runtime recorded its uplink.</summary>
    public async Task<string> RecordedCallAsync()
    {
        var response = await client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject
        {
            ["agentId"] = "agt_default",
            ["connectionType"] = "websocket",
            ["websocket"] = new JsonObject { ["inputSampleRate"] = 8000, ["outputSampleRate"] = 8000, ["codec"] = "pcm" },
        }, tenant.Omnia);
        var id = response.Obj["id"]!.GetValue<string>();
        using var socket = await client.ConnectAsync(response.Obj["websocketUrl"]!.GetValue<string>());
        await socket.SendAsync(new byte[1600], System.Net.WebSockets.WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetAsync($"/_emulator/calls/{id}/recording")).Status == 200, TimeSpan.FromSeconds(10)));
        await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        return id;
    }

    public async Task<string> ClutchCallAsync(bool active = false)
    {
        var response = await client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", new JsonObject
        {
            ["orgId"] = tenant.ClutchCallOrgId, ["to"] = "+15551234567", ["from"] = "+15557654321", ["trunkId"] = "trunk_main",
        }, tenant.ClutchCall);
        var sid = response.Obj["result"]!["data"]!["sid"]!.GetValue<string>();
        if (active)
        {
            await client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "active" });
        }

        return sid;
    }

    public async Task<(string CallId, string EndToken)> VoiceAiCallAsync()
    {
        var response = await client.PostJsonAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi);
        return (response.Obj["call_id"]!.GetValue<string>(), response.Obj["end_token"]!.GetValue<string>());
    }

    public async Task<string> SipCallAsync(bool accepted = false)
    {
        var response = await client.PostJsonAsync("/_emulator/openai/sip-calls", new JsonObject { ["tenant"] = tenant.Id });
        var id = response.Obj["call_id"]!.GetValue<string>();
        if (accepted)
        {
            await client.PostJsonAsync($"/openai/v1/realtime/calls/{id}/accept", new JsonObject { ["type"] = "realtime" }, tenant.OpenAI);
        }

        return id;
    }

    public async Task<string> OmniaAgentAsync()
    {
        var response = await client.PostJsonAsync("/omnia/api/v1/agents", new JsonObject
        {
            ["name"] = "Temp",
            ["config"] = new JsonObject { ["basePrompt"] = "x", ["languageId"] = "en", ["voiceId"] = "Mark" },
        }, tenant.Omnia);
        return response.Obj["id"]!.GetValue<string>();
    }

    /// <summary>A concrete path for <paramref name="operation"/> whose ids are live in this tenant (plus a query where the operation needs one).</summary>
    public async Task<string> PathAsync(ContractOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = string.Empty;
        switch (operation.OperationId)
        {
            case "get_agent" or "create_agent_voice_session":
                values["agent_id"] = "agent_00000000000000000000000000000001";
                break;
            case "get_session" or "delete_session" or "stream_sse" or "create_call" or "create_client_secret":
                values["session_id"] = await SessionAsync();
                break;
            case "attach_call" or "end_call":
                (values["session_id"], values["voice_connection_id"]) = await VoiceConnectionAsync();
                break;
            case "accept-realtime-call" or "reject-realtime-call" or "hangup-realtime-call":
                values["call_id"] = await SipCallAsync();
                break;
            case "refer-realtime-call":
                values["call_id"] = await SipCallAsync(accepted: true);
                break;
            case "realtime-socket":
                query = "?call_id=" + await SipCallAsync();
                break;
            case "getCallDetails" or "deleteCall":
                values["id"] = (await OmniaCallAsync()).Id;
                break;
            case "getAgent" or "updateAgent":
                values["id"] = "agt_default";
                break;
            case "deleteAgent":
                values["id"] = await OmniaAgentAsync();
                break;
            case "omniaWebsocket":
                values["token"] = (await OmniaCallAsync()).SocketPath.Split('/')[^1];
                break;
            case "voice.calls.get":
                query = "?input=" + Uri.EscapeDataString(new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = await ClutchCallAsync() }.ToJsonString());
                break;
            case "end_call_api_v1_calls_call_id_end_post":
                values["call_id"] = (await VoiceAiCallAsync()).CallId;
                break;
            case "getTenant" or "updateTenant" or "listKeys" or "createKey" or "listTenantAgents" or "createTenantAgent":
                values["tenantId"] = tenant.Id;
                break;
            case "deleteTenant":
                values["tenantId"] = (await TestTenant.CreateAsync(client)).Id;
                break;
            case "updateKey":
                values["key"] = tenant.OmniaKey;
                break;
            case "deleteKey":
                values["key"] = (await client.PostJsonAsync($"/_emulator/tenants/{tenant.Id}/keys", new JsonObject { ["surface"] = "omnia" })).Obj["key"]!.GetValue<string>();
                break;
            case "deactivateDeviation":
                values["deviationId"] = (await client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "rest.ids_not_validated", ["tenant"] = tenant.Id })).Obj["id"]!.GetValue<string>();
                break;
            case "deleteNumber":
                values["number"] = "+1555" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await client.SendAsync(HttpMethod.Put, $"/_emulator/numbers/{values["number"]}", new StringContent("""{"url":"ws://127.0.0.1:9/callee"}""", System.Text.Encoding.UTF8, "application/json"));
                break;
            case "putNumber":
                // The documented example number; 200 (replaced) and 201 (added) are both its documented success.
                values["number"] = "+15551230099";
                break;
            case "getCallRecording":
                values["callId"] = await RecordedCallAsync();
                break;
            case "getCall" or "getCallJournal" or "endCall" or "setCallState":
                values["callId"] = await ClutchCallAsync();
                break;
            default:
                break;
        }

        foreach (var name in operation.Path.ParameterNames.Where(n => !values.ContainsKey(n)))
        {
            values[name] = "x";
        }

        return operation.Path.Expand(values) + query;
    }
}
