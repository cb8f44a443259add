using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class OpenAITests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Api = "/openai/v1";
    private readonly EmulatorClient _client = fixture.Client;

    private async Task<string> IncomingSipCallAsync(TestTenant tenant)
    {
        var response = await _client.PostJsonAsync("/_emulator/openai/sip-calls", new JsonObject { ["tenant"] = tenant.Id });
        Assert.Equal(201, response.Status);
        OpenApi.AssertConforms("POST", "/_emulator/openai/sip-calls", response);
        Assert.Equal("realtime.call.incoming", response.Obj["webhook"]!["type"]!.GetValue<string>());
        return response.Obj["call_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task ClientSecret_DefaultsResolved_ExpiresAfterHonoured()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var response = await _client.PostJsonAsync($"{Api}/realtime/client_secrets", new JsonObject
        {
            ["expires_after"] = new JsonObject { ["anchor"] = "created_at", ["seconds"] = 120 },
            ["session"] = new JsonObject { ["type"] = "realtime", ["audio"] = new JsonObject { ["input"] = new JsonObject { ["turn_detection"] = new JsonObject { ["type"] = "server_vad", ["silence_duration_ms"] = 700 } } } },
        }, tenant.OpenAI);
        Assert.Equal(200, response.Status);
        OpenApi.AssertConforms("POST", $"{Api}/realtime/client_secrets", response);
        var session = response.Obj["session"]!;
        Assert.Equal("gpt-realtime", session["model"]!.GetValue<string>());
        Assert.Equal(700, session["audio"]!["input"]!["turn_detection"]!["silence_duration_ms"]!.GetValue<int>());
        Assert.Equal(300, session["audio"]!["input"]!["turn_detection"]!["prefix_padding_ms"]!.GetValue<int>());
        Assert.Equal("alloy", session["audio"]!["output"]!["voice"]!.GetValue<string>());
        var clock = await _client.GetAsync("/_emulator/clock");
        var now = DateTimeOffset.Parse(clock.Obj["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(response.Obj["expires_at"]!.GetValue<long>() - now.ToUnixTimeSeconds(), 115, 121);
    }

    [Theory]
    [InlineData("""{"session":{"type":"realtime","input_audio_format":"pcm16"}}""", "session.input_audio_format", "unknown_parameter")]
    [InlineData("""{"session":{"type":"realtime","audio":{"output":{"speed":2}}}}""", "session.audio.output.speed", "invalid_value")]
    [InlineData("""{"session":{"model":"gpt-realtime"}}""", "session.type", "missing_required_parameter")]
    [InlineData("""{"expires_after":{"seconds":5}}""", "expires_after.seconds", "invalid_value")]
    [InlineData("""{"session":{"type":"realtime","audio":{"input":{"format":{"type":"audio/pcm","rate":16000}}}}}""", "session.audio.input.format.rate", "invalid_value")]
    public async Task ClientSecret_InvalidParameter_400NamesParam(string body, string param, string code)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var response = await _client.PostJsonAsync($"{Api}/realtime/client_secrets", JsonNode.Parse(body), tenant.OpenAI);
        Assert.Equal(400, response.Status);
        OpenApi.AssertConforms("POST", $"{Api}/realtime/client_secrets", response);
        Assert.Equal(param, response.Obj["error"]!["param"]!.GetValue<string>());
        Assert.Equal(code, response.Obj["error"]!["code"]!.GetValue<string>());
        Assert.Equal("invalid_request_error", response.Obj["error"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task SipCall_AcceptThenReferEnds_StatesGuarded()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var callId = await IncomingSipCallAsync(tenant);
        var referEarly = await _client.PostJsonAsync($"{Api}/realtime/calls/{callId}/refer", new JsonObject { ["target_uri"] = "tel:+14155550123" }, tenant.OpenAI);
        Assert.Equal(400, referEarly.Status);
        Assert.Equal("call_not_active", referEarly.Obj["error"]!["code"]!.GetValue<string>());
        var accept = await _client.PostJsonAsync($"{Api}/realtime/calls/{callId}/accept", new JsonObject { ["type"] = "realtime", ["instructions"] = "Be brief." }, tenant.OpenAI);
        Assert.Equal(200, accept.Status);
        Assert.Equal("active", (await _client.GetAsync($"/_emulator/calls/{callId}")).Obj["state"]!.GetValue<string>());
        var refer = await _client.PostJsonAsync($"{Api}/realtime/calls/{callId}/refer", new JsonObject { ["target_uri"] = "sip:agent@example.com" }, tenant.OpenAI);
        Assert.Equal(200, refer.Status);
        var summary = (await _client.GetAsync($"/_emulator/calls/{callId}")).Obj;
        Assert.Equal("ended", summary["state"]!.GetValue<string>());
        Assert.Equal("referred", summary["end_reason"]!.GetValue<string>());
        var hangup = await _client.PostJsonAsync($"{Api}/realtime/calls/{callId}/hangup", null, tenant.OpenAI);
        Assert.Equal(400, hangup.Status);
    }

    [Fact]
    public async Task SipCall_RejectDefault603AndCustom()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var first = await IncomingSipCallAsync(tenant);
        Assert.Equal(200, (await _client.PostJsonAsync($"{Api}/realtime/calls/{first}/reject", null, tenant.OpenAI)).Status);
        Assert.Equal("rejected_603", (await _client.GetAsync($"/_emulator/calls/{first}")).Obj["end_reason"]!.GetValue<string>());
        var second = await IncomingSipCallAsync(tenant);
        Assert.Equal(200, (await _client.PostJsonAsync($"{Api}/realtime/calls/{second}/reject", new JsonObject { ["status_code"] = 486 }, tenant.OpenAI)).Status);
        Assert.Equal("rejected_486", (await _client.GetAsync($"/_emulator/calls/{second}")).Obj["end_reason"]!.GetValue<string>());
        var third = await IncomingSipCallAsync(tenant);
        Assert.Equal(400, (await _client.PostJsonAsync($"{Api}/realtime/calls/{third}/reject", new JsonObject { ["status_code"] = 200 }, tenant.OpenAI)).Status);
    }

    [Fact]
    public async Task Calls_UnknownOrOtherTenant_404()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var callId = await IncomingSipCallAsync(tenant);
        var stranger = await TestTenant.CreateAsync(_client);
        var response = await _client.PostJsonAsync($"{Api}/realtime/calls/{callId}/hangup", null, stranger.OpenAI);
        Assert.Equal(404, response.Status);
        OpenApi.AssertConforms("POST", $"{Api}/realtime/calls/{callId}/hangup", response);
        Assert.Equal(404, (await _client.PostJsonAsync($"{Api}/realtime/calls/rtc_nope/hangup", null, tenant.OpenAI)).Status);
    }

    [Fact]
    public async Task RealtimeSocket_Sideband_SessionCreatedFirst_SubprotocolEchoed()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var callId = await IncomingSipCallAsync(tenant);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {tenant.OpenAIKey}");
        socket.Options.AddSubProtocol("realtime");
        await socket.ConnectAsync(new Uri($"ws{_client.BaseUrl["http".Length..]}{Api}/realtime?call_id={callId}"), CancellationToken.None);
        Assert.Equal("realtime", socket.SubProtocol);
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Text, result.MessageType);
        var created = JsonNode.Parse(buffer.AsSpan(0, result.Count))!;
        Assert.Equal("session.created", created["type"]!.GetValue<string>());
        Assert.Equal("realtime.session", created["session"]!["object"]!.GetValue<string>());
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);

        var plain = await _client.GetAsync($"{Api}/realtime?call_id={callId}", tenant.OpenAI);
        Assert.Equal(400, plain.Status);
        Assert.Equal(401, (await _client.GetAsync($"{Api}/realtime?call_id={callId}")).Status);
    }

    [Fact]
    public async Task CreateCall_WrongContentTypeOrMissingSdpPart_400_NotA500()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var json = await _client.PostJsonAsync($"{Api}/realtime/calls", new JsonObject { ["sdp"] = "v=0" }, tenant.OpenAI);
        Assert.Equal(400, json.Status);
        Assert.Equal("unsupported_content_type", json.Obj["error"]!["code"]!.GetValue<string>());
        using var form = new MultipartFormDataContent { { new StringContent("""{"type":"realtime"}"""), "session" } };
        var noSdp = await _client.SendAsync(HttpMethod.Post, $"{Api}/realtime/calls", form, tenant.OpenAI);
        Assert.Equal(400, noSdp.Status);
        Assert.Equal("sdp", noSdp.Obj["error"]!["param"]!.GetValue<string>());
        var junk = await _client.PostRawAsync($"{Api}/realtime/calls", "not an offer", "application/sdp", tenant.OpenAI);
        Assert.Equal(400, junk.Status);
        OpenApi.AssertConforms("POST", $"{Api}/realtime/calls", junk);
        var expired = await _client.PostRawAsync($"{Api}/realtime/calls", "v=0\r\n", "application/sdp", Auth.Bearer("ek_00000000000000000000000000000000"));
        Assert.Equal(401, expired.Status);
    }
}
