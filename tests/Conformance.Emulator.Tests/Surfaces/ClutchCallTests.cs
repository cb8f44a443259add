using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class ClutchCallTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Trpc = "/clutchcall/api/trpc";
    private readonly EmulatorClient _client = fixture.Client;

    private static JsonObject Originate(TestTenant tenant) => new()
    {
        ["orgId"] = tenant.ClutchCallOrgId,
        ["to"] = "+15551234567",
        ["from"] = "+15557654321",
        ["trunkId"] = "trunk_main",
        ["agent"] = null,
        ["ringTimeoutSec"] = 30,
    };

    private async Task<string> OriginateAsync(TestTenant tenant, EmulatorClient? client = null)
    {
        var response = await (client ?? _client).PostJsonAsync($"{Trpc}/voice.calls.originate", Originate(tenant), tenant.ClutchCall);
        Assert.Equal(200, response.Status);
        return response.Obj["result"]!["data"]!["sid"]!.GetValue<string>();
    }

    private Task<ApiResponse> GetCallAsync(TestTenant tenant, string sid, EmulatorClient? client = null)
    {
        // The Python and Go SDKs form-encode ?input= (space as '+'); the JSON here has none, but '+' in E.164 must survive.
        var input = Uri.EscapeDataString(new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid }.ToJsonString());
        return (client ?? _client).GetAsync($"{Trpc}/voice.calls.get?input={input}", tenant.ClutchCall);
    }

    [Fact]
    public async Task Originate_ReturnsCallDataInResultData_Dialing()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var response = await _client.PostJsonAsync($"{Trpc}/voice.calls.originate", Originate(tenant), tenant.ClutchCall);
        OpenApi.AssertConforms("POST", $"{Trpc}/voice.calls.originate", response);
        var data = response.Obj["result"]!["data"]!;
        Assert.Equal("dialing", data["status"]!.GetValue<string>());
        Assert.Equal("+15551234567", data["to"]!.GetValue<string>());
        Assert.Equal("+15557654321", data["from"]!.GetValue<string>());
        Assert.Null(data["agent"]);
    }

    [Fact]
    public async Task StatusMachine_RingingThenInProgressThenCompleted()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = await OriginateAsync(tenant);
        Assert.Equal(200, (await _client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "ringing" })).Status);
        Assert.Equal("ringing", (await GetCallAsync(tenant, sid)).Obj["result"]!["data"]!["status"]!.GetValue<string>());
        await _client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "active" });
        var get = await GetCallAsync(tenant, sid);
        OpenApi.AssertConforms("GET", $"{Trpc}/voice.calls.get", get);
        Assert.Equal("in_progress", get.Obj["result"]!["data"]!["status"]!.GetValue<string>());
        var hangup = await _client.PostJsonAsync($"{Trpc}/voice.calls.hangup", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid }, tenant.ClutchCall);
        Assert.Equal("""{"result":{"data":null}}""", hangup.Body);
        Assert.Equal("completed", (await GetCallAsync(tenant, sid)).Obj["result"]!["data"]!["status"]!.GetValue<string>());
        var backwards = await _client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "ringing" });
        Assert.Equal(409, backwards.Status);
    }

    [Fact]
    public async Task RingTimeout_Unanswered_NoAnswer_ClampedTo5To120()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var body = Originate(tenant);
        body["ringTimeoutSec"] = 1;
        var sid = (await emulator.Client.PostJsonAsync($"{Trpc}/voice.calls.originate", body, tenant.ClutchCall)).Obj["result"]!["data"]!["sid"]!.GetValue<string>();
        await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 4 });
        Assert.Equal("dialing", (await GetCallAsync(tenant, sid, emulator.Client)).Obj["result"]!["data"]!["status"]!.GetValue<string>());
        await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 2 });
        Assert.Equal("no_answer", (await GetCallAsync(tenant, sid, emulator.Client)).Obj["result"]!["data"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Transfer_ExactlyOneTarget_OnlyInProgress()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = await OriginateAsync(tenant);
        var both = await _client.PostJsonAsync($"{Trpc}/voice.calls.transfer", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["to"] = "+15550001111", ["agent"] = "support-s2s" }, tenant.ClutchCall);
        Assert.Equal(400, both.Status);
        Assert.Equal("BAD_REQUEST", both.Obj["error"]!["data"]!["code"]!.GetValue<string>());
        Assert.Equal(-32600, both.Obj["error"]!["code"]!.GetValue<int>());
        var dialing = await _client.PostJsonAsync($"{Trpc}/voice.calls.transfer", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["to"] = "", ["agent"] = "support-s2s" }, tenant.ClutchCall);
        Assert.Equal(409, dialing.Status);
        await _client.PostJsonAsync($"/_emulator/calls/{sid}/state", new JsonObject { ["state"] = "active" });
        var ok = await _client.PostJsonAsync($"{Trpc}/voice.calls.transfer", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["agent"] = "support-s2s" }, tenant.ClutchCall);
        Assert.Equal(200, ok.Status);
        Assert.Equal("support-s2s", (await GetCallAsync(tenant, sid)).Obj["result"]!["data"]!["agent"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attach_InlineAgentSpec_KnobsRecorded()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = await OriginateAsync(tenant);
        var spec = new JsonObject
        {
            ["mode"] = "speech_to_speech",
            ["modelCodec"] = "opus",
            ["inputRateHz"] = 48000,
            ["outputRateHz"] = 48000,
            ["turnDetection"] = new JsonObject { ["silenceThresholdMs"] = 300, ["responseMinSpeechMs"] = 400, ["bargeConfirmMs"] = 250, ["micGuardMs"] = 600, ["preRollClip"] = "preroll" },
        };
        var response = await _client.PostJsonAsync($"{Trpc}/voice.agents.attach", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["agent"] = spec }, tenant.ClutchCall);
        Assert.Equal(200, response.Status);
        OpenApi.AssertConforms("POST", $"{Trpc}/voice.agents.attach", response);
        var call = await _client.GetAsync($"/_emulator/calls/{sid}");
        var turn = call.Obj["agent"]!["turn"]!;
        Assert.Equal(300, turn["silenceThresholdMs"]!.GetValue<int>());
        Assert.Equal("hold_and_confirm", turn["bargeIn"]!.GetValue<string>());
        Assert.Equal(600, turn["micGuardMs"]!.GetValue<int>());
        Assert.Equal("opus", call.Obj["agent"]!["model_codec"]!.GetValue<string>());
        var journal = await _client.GetAsync($"/_emulator/calls/{sid}/journal?kind=media.agent.attached");
        Assert.Contains(journal.Obj["entries"]!.AsArray(), e => e!["data"]!["persona"]!.GetValue<string>() == "default");
    }

    [Theory]
    [InlineData("""{"silenceThresholdMs":20}""")]
    [InlineData("""{"silenceThresholdMs":"fast"}""")]
    [InlineData("""{"bargeIn":"sometimes"}""")]
    [InlineData("""{"bargeIn":"instant","bargeConfirmMs":300}""")]
    [InlineData("""{"bargeConfirmMs":9000}""")]
    [InlineData("""{"micGuardMs":-1}""")]
    [InlineData("""{"preRollClip":"../etc/passwd"}""")]
    [InlineData("""{"silenceTresholdMs":500}""")]
    public async Task Attach_InvalidTurnKnob_BadRequest(string turnDetection)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = await OriginateAsync(tenant);
        var spec = new JsonObject { ["turnDetection"] = JsonNode.Parse(turnDetection) };
        var response = await _client.PostJsonAsync($"{Trpc}/voice.agents.attach", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["agent"] = spec }, tenant.ClutchCall);
        Assert.Equal(400, response.Status);
        OpenApi.AssertConforms("POST", $"{Trpc}/voice.agents.attach", response);
        Assert.NotEmpty(response.Obj["error"]!["data"]!["fieldErrors"]!.AsArray());
    }

    [Fact]
    public async Task Attach_OpusAt22050_Rejected_UnknownSpecField_Rejected()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var sid = await OriginateAsync(tenant);
        foreach (var spec in new[] { """{"modelCodec":"opus","inputRateHz":22050}""", """{"modelCodec":"pcm16","inputRateHz":12000}""", """{"temperature":1}""" })
        {
            var response = await _client.PostJsonAsync($"{Trpc}/voice.agents.attach", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid, ["agent"] = JsonNode.Parse(spec) }, tenant.ClutchCall);
            Assert.Equal(400, response.Status);
        }
    }

    [Fact]
    public async Task OrgMismatch_Forbidden_UnknownTrunk_NotFound_WrongMethod_MethodNotSupported()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Originate(tenant);
        body["orgId"] = "org_other";
        var forbidden = await _client.PostJsonAsync($"{Trpc}/voice.calls.originate", body, tenant.ClutchCall);
        Assert.Equal(403, forbidden.Status);
        Assert.Equal(-32003, forbidden.Obj["error"]!["code"]!.GetValue<int>());
        body = Originate(tenant);
        body["trunkId"] = "trunk_nope";
        Assert.Equal(404, (await _client.PostJsonAsync($"{Trpc}/voice.calls.originate", body, tenant.ClutchCall)).Status);
        var wrongMethod = await _client.PostJsonAsync($"{Trpc}/voice.calls.get", new JsonObject(), tenant.ClutchCall);
        Assert.Equal(405, wrongMethod.Status);
        Assert.Equal("METHOD_NOT_SUPPORTED", wrongMethod.Obj["error"]!["data"]!["code"]!.GetValue<string>());
        Assert.Equal("voice.calls.get", wrongMethod.Obj["error"]!["data"]!["path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Input_MalformedJsonIsParseError_WrongContentTypeIs415_TransformerWrapperAccepted()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var parse = await _client.PostRawAsync($"{Trpc}/voice.calls.originate", "{\"orgId\":", "application/json", tenant.ClutchCall);
        Assert.Equal(400, parse.Status);
        Assert.Equal(-32700, parse.Obj["error"]!["code"]!.GetValue<int>());
        var media = await _client.PostRawAsync($"{Trpc}/voice.calls.originate", "orgId=org_abc", "application/x-www-form-urlencoded", tenant.ClutchCall);
        Assert.Equal(415, media.Status);
        var wrapped = await _client.PostJsonAsync($"{Trpc}/voice.calls.originate", new JsonObject { ["json"] = Originate(tenant) }, tenant.ClutchCall);
        Assert.Equal(200, wrapped.Status);
        var query = await _client.GetAsync($"{Trpc}/voice.calls.get?input=%7Bnot-json", tenant.ClutchCall);
        Assert.Equal(400, query.Status);
    }

    [Fact]
    public async Task VoidResultWithoutData_Deviation_BreaksTheEnvelope()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var sid = await OriginateAsync(tenant, emulator.Client);
        await emulator.Client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "clutchcall.void_result_without_data", ["tenant"] = tenant.Id });
        var hangup = await emulator.Client.PostJsonAsync($"{Trpc}/voice.calls.hangup", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid }, tenant.ClutchCall);
        Assert.Equal("""{"result":{}}""", hangup.Body);
        Assert.NotEmpty(OpenApi.Check("POST", $"{Trpc}/voice.calls.hangup", hangup));
    }
}
