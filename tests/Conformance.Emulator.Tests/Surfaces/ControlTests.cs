using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class ControlTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorClient _client = fixture.Client;

    [Fact]
    public async Task Journal_RecordsEveryExchangeAndStateChange_FiltersByKindAndPages()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = (await _client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", new JsonObject
        {
            ["orgId"] = tenant.ClutchCallOrgId, ["to"] = "+15551234567", ["from"] = "+15557654321", ["trunkId"] = "trunk_main",
        }, tenant.ClutchCall)).Obj["result"]!["data"]!["sid"]!.GetValue<string>();
        await _client.GetAsync("/clutchcall/api/trpc/voice.calls.get?input=" + Uri.EscapeDataString($$"""{"orgId":"{{tenant.ClutchCallOrgId}}","sid":"{{sid}}"}"""), tenant.ClutchCall);
        await _client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.hangup", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid }, tenant.ClutchCall);

        var all = await _client.GetAsync($"/_emulator/calls/{sid}/journal");
        OpenApi.AssertConforms("GET", $"/_emulator/calls/{sid}/journal", all);
        var exchanges = (await _client.GetAsync($"/_emulator/calls/{sid}/journal?kind=http.exchange")).Obj["entries"]!.AsArray();
        Assert.Equal(3, exchanges.Count);
        Assert.Equal("/clutchcall/api/trpc/voice.calls.originate", exchanges[0]!["data"]!["path"]!.GetValue<string>());
        Assert.Contains("trunk_main", exchanges[0]!["data"]!["request_body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, exchanges[1]!["data"]!["status"]!.GetValue<int>());
        Assert.DoesNotContain(tenant.ClutchCallKey, all.Body, StringComparison.Ordinal);
        var states = (await _client.GetAsync($"/_emulator/calls/{sid}/journal?kind=call.")).Obj["entries"]!.AsArray();
        Assert.Equal("completed", states.Count > 0 ? "completed" : "none");
        Assert.Contains(states, e => e!["data"]!["to"]!.GetValue<string>() == "ended" && e["data"]!["reason"]!.GetValue<string>() == "hangup");

        var firstPage = (await _client.GetAsync($"/_emulator/calls/{sid}/journal?limit=2")).Obj;
        Assert.Equal(2, firstPage["entries"]!.AsArray().Count);
        var next = (await _client.GetAsync($"/_emulator/calls/{sid}/journal?after={firstPage["next_after"]}")).Obj;
        Assert.Equal(all.Obj["entries"]!.AsArray().Count - 2, next["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task Keys_UpdateCreditsAndRateLimit_TakeEffect_DisabledKeyIs401()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var updated = await _client.PatchJsonAsync($"/_emulator/keys/{tenant.OmniaKey}", new JsonObject { ["credits"] = 0 });
        Assert.Equal(200, updated.Status);
        OpenApi.AssertConforms("PATCH", $"/_emulator/keys/{tenant.OmniaKey}", updated);
        Assert.Equal(402, (await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia)).Status);
        await _client.PatchJsonAsync($"/_emulator/keys/{tenant.OmniaKey}", new JsonObject { ["credits"] = null, ["rateLimit"] = new JsonObject { ["limit"] = 5, ["windowSeconds"] = 60 } });
        var created = await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        Assert.Equal(201, created.Status);
        Assert.Equal("5", created.Header("X-RateLimit-Limit"));
        await _client.PatchJsonAsync($"/_emulator/keys/{tenant.OmniaKey}", new JsonObject { ["disabled"] = true });
        Assert.Equal(401, (await _client.GetAsync("/omnia/api/v1/voices", tenant.Omnia)).Status);
    }

    [Fact]
    public async Task Agents_RegisteredWithPersonaAndKnobs_UsedByTheSurface()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var agent = await _client.PostJsonAsync($"/_emulator/tenants/{tenant.Id}/agents", new JsonObject
        {
            ["surface"] = "clutchcall", ["id"] = "barge-bot", ["persona"] = "long-replies",
            ["turn"] = new JsonObject { ["silenceThresholdMs"] = 800, ["bargeIn"] = "instant", ["micGuardMs"] = 250, ["thinkLatencyMs"] = 300 },
        });
        Assert.Equal(201, agent.Status);
        OpenApi.AssertConforms("POST", $"/_emulator/tenants/{tenant.Id}/agents", agent);
        var sid = (await _client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", new JsonObject
        {
            ["orgId"] = tenant.ClutchCallOrgId, ["to"] = "+15551234567", ["from"] = "+15557654321", ["trunkId"] = "trunk_main", ["agent"] = "barge-bot",
        }, tenant.ClutchCall)).Obj["result"]!["data"]!["sid"]!.GetValue<string>();
        var call = (await _client.GetAsync($"/_emulator/calls/{sid}")).Obj;
        Assert.Equal("long-replies", call["agent"]!["persona"]!.GetValue<string>());
        Assert.Equal(800, call["agent"]!["turn"]!["silenceThresholdMs"]!.GetValue<int>());
        Assert.Equal("instant", call["agent"]!["turn"]!["bargeIn"]!.GetValue<string>());

        var unknownPersona = await _client.PostJsonAsync($"/_emulator/tenants/{tenant.Id}/agents", new JsonObject { ["surface"] = "voiceai", ["persona"] = "no-such-persona" });
        Assert.Equal(400, unknownPersona.Status);
        var personas = (await _client.GetAsync("/_emulator/personas")).Obj;
        Assert.True(personas["authoritative"]!.GetValue<bool>());
        Assert.Contains(personas["personas"]!.AsArray(), p => p!.GetValue<string>() == "long-replies");
    }

    [Fact]
    public async Task Deviations_CatalogListsRestOnes_ParametersChecked()
    {
        var catalog = (await _client.GetAsync("/_emulator/deviations/catalog")).Obj["data"]!.AsArray();
        Assert.True(catalog.Count >= 10);
        Assert.All(catalog, d => Assert.NotEmpty(d!["breaks"]!.AsArray()));
        var wrongType = await _client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "rest.error_status_wrong", ["parameters"] = new JsonObject { ["from"] = "404", ["to"] = 400 } });
        Assert.Equal(400, wrongType.Status);
        var unknownParam = await _client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "rest.ids_not_validated", ["parameters"] = new JsonObject { ["x"] = 1 } });
        Assert.Equal(400, unknownParam.Status);
        var wrongSurface = await _client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "omnia.websocket_url_reusable", ["surface"] = "everruns" });
        Assert.Equal(400, wrongSurface.Status);
    }

    [Fact]
    public async Task Deviations_EachRestOne_BreaksItsRule_ScopedToItsTenant()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var client = emulator.Client;
        var victim = await TestTenant.CreateAsync(client);
        var bystander = await TestTenant.CreateAsync(client);

        async Task<string> On(string name, JsonObject? parameters = null) =>
            (await client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = name, ["parameters"] = parameters ?? [], ["tenant"] = victim.Id })).Obj["id"]!.GetValue<string>();

        var shape = await On("rest.error_shape_wrong");
        var bare = await client.GetAsync("/everruns/v1/sessions/session_1", victim.Everruns);
        Assert.Equal("""{"message":"'session_1' is not a valid session id: expected session_<32 lowercase hex>","status":400}""", bare.Body);
        Assert.NotEmpty(OpenApi.Check("GET", "/everruns/v1/sessions/session_1", bare));
        Assert.Empty(OpenApi.Check("GET", "/everruns/v1/sessions/session_1", await client.GetAsync("/everruns/v1/sessions/session_1", bystander.Everruns)));
        await client.DeleteAsync($"/_emulator/deviations/{shape}");

        var status = await On("rest.error_status_wrong", new JsonObject { ["from"] = 404, ["to"] = 400 });
        Assert.Equal(400, (await client.GetAsync("/omnia/api/v1/calls/call_nope", victim.Omnia)).Status);
        Assert.Equal(404, (await client.GetAsync("/omnia/api/v1/calls/call_nope", bystander.Omnia)).Status);
        await client.DeleteAsync($"/_emulator/deviations/{status}");

        await On("rest.response_field_missing", new JsonObject { ["field"] = "end_token", ["operation"] = "get_connection_details_api_v1_connection_connection_details_post" });
        var details = await client.PostJsonAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, victim.VoiceAi);
        Assert.Null(details.Obj["end_token"]);

        await On("rest.success_status_wrong", new JsonObject { ["operation"] = "createInlineCall", ["status"] = 200 });
        var inline = await client.PostJsonAsync("/omnia/api/v1/calls/inline", new JsonObject { ["systemPrompt"] = "x", ["voice"] = "Mark", ["language"] = "en" }, victim.Omnia);
        Assert.Equal(200, inline.Status);
        Assert.NotEmpty(OpenApi.Check("POST", "/omnia/api/v1/calls/inline", inline));

        await On("rest.ids_not_validated");
        Assert.Equal(404, (await client.GetAsync("/everruns/v1/sessions/session_1", victim.Everruns)).Status);

        await On("omnia.rate_limit_headers_missing");
        Assert.Null((await client.GetAsync("/omnia/api/v1/voices", victim.Omnia)).Header("X-RateLimit-Limit"));
        Assert.NotNull((await client.GetAsync("/omnia/api/v1/voices", bystander.Omnia)).Header("X-RateLimit-Limit"));

        await On("everruns.lease_not_enforced");
        var session = (await client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), victim.Everruns)).Obj["id"]!.GetValue<string>();
        var voice = (await client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject(), victim.Everruns)).Obj["voice_connection_id"]!.GetValue<string>();
        await client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 7200 });
        Assert.Equal("created", (await client.GetAsync($"/_emulator/calls/{voice}")).Obj["state"]!.GetValue<string>());

        await client.DeleteAsync("/_emulator/deviations");
        Assert.Empty((await client.GetAsync("/_emulator/deviations")).Obj["data"]!.AsArray());
    }

    [Fact]
    public async Task Reset_EndsCallsAndRestoresStartupConfig_ClockOffsetCleared()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var call = (await emulator.Client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia)).Obj["id"]!.GetValue<string>();
        await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["ms"] = 5000 });
        var reset = await emulator.Client.PostJsonAsync("/_emulator/reset", null);
        Assert.Equal(200, reset.Status);
        Assert.Equal(404, (await emulator.Client.GetAsync($"/_emulator/tenants/{tenant.Id}")).Status);
        Assert.Equal(404, (await emulator.Client.GetAsync($"/_emulator/calls/{call}")).Status);
        Assert.Equal(0, (await emulator.Client.GetAsync("/_emulator/clock")).Obj["offset_ms"]!.GetValue<long>());
        var tenants = (await emulator.Client.GetAsync("/_emulator/tenants")).Obj["data"]!.AsArray();
        Assert.Equal("default", Assert.Single(tenants)!["id"]!.GetValue<string>());
        Assert.Equal(0, (await emulator.Client.GetAsync("/_emulator/diagnostics")).Obj["live_calls"]!.GetValue<int>());
    }

    [Fact]
    public async Task Info_ListsEverySurfaceAndTheDefaultKeys()
    {
        var info = await _client.GetAsync("/_emulator/info");
        OpenApi.AssertConforms("GET", "/_emulator/info", info);
        Assert.Equal(_client.BaseUrl + "/omnia", info.Obj["surfaces"]!["omnia"]!["baseUrl"]!.GetValue<string>());
        var defaults = info.Obj["tenants"]!.AsArray().First(t => t!["id"]!.GetValue<string>() == "default")!;
        Assert.Equal("ck_test_default", defaults["keys"]!["omnia"]!.GetValue<string>());
        Assert.True(info.Obj["runtime"]!["installed"]!.GetValue<bool>());
    }
}
