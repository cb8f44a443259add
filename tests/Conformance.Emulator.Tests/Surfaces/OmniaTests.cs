using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class OmniaTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorClient _client = fixture.Client;

    private static JsonObject Inline() => new()
    {
        ["systemPrompt"] = "You are a receptionist.",
        ["voice"] = "Sarah",
        ["language"] = "en",
    };

    [Fact]
    public async Task Create_ReturnsSingleUseWebsocketUrl_RateHeaders_Location()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var response = await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        Assert.Equal(201, response.Status);
        OpenApi.AssertConforms("POST", "/omnia/api/v1/calls/create", response);
        Assert.Equal("created", response.Obj["status"]!.GetValue<string>());
        Assert.Equal("twilio", response.Obj["connectionType"]!.GetValue<string>());
        Assert.Equal($"/omnia/api/v1/calls/{response.Obj["id"]}", response.Header("Location"));
        Assert.Equal("1000", response.Header("X-RateLimit-Limit"));
        Assert.Equal("999", response.Header("X-RateLimit-Remaining"));
        Assert.NotNull(response.Header("X-RateLimit-Reset"));
        Assert.NotNull(response.Header("X-Request-Id"));
    }

    [Fact]
    public async Task WebsocketUrl_OpensOnce_SecondUseForbidden_CallEndsWhenTheCallerCloses()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var created = await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default", ["connectionType"] = "telnyx" }, tenant.Omnia);
        var url = created.Obj["websocketUrl"]!.GetValue<string>();
        using (var socket = await _client.ConnectAsync(url))
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            Assert.Equal(WebSocketState.Closed, socket.State);
        }

        var again = await _client.GetAsync(new Uri(url.Replace("ws://", "http://", StringComparison.Ordinal)).PathAndQuery);
        Assert.Equal(403, again.Status);
        Assert.Equal("FORBIDDEN", again.Obj["error"]!["code"]!.GetValue<string>());
        var callId = created.Obj["id"]!.GetValue<string>();
        Assert.True(await Eventually.TrueAsync(async () => (await _client.GetAsync($"/_emulator/calls/{callId}")).Obj["state"]!.GetValue<string>() == "ended", TimeSpan.FromSeconds(10)));
        var call = await _client.GetAsync($"/_emulator/calls/{callId}");
        Assert.Equal("caller closed the socket", call.Obj["end_reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebsocketUrl_UnknownToken404_PlainGet400()
    {
        var unknown = await _client.GetAsync("/omnia/ws/not-a-token");
        Assert.Equal(404, unknown.Status);
        OpenApi.AssertConforms("GET", "/omnia/ws/not-a-token", unknown);
        var tenant = await TestTenant.CreateAsync(_client);
        var created = await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        var path = new Uri(created.Obj["websocketUrl"]!.GetValue<string>().Replace("ws://", "http://", StringComparison.Ordinal)).AbsolutePath;
        var plain = await _client.GetAsync(path);
        Assert.Equal(400, plain.Status);
        OpenApi.AssertConforms("GET", path, plain);
    }

    [Fact]
    public async Task WebsocketUrl_ExpiresUnused_CallEnds()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var created = await emulator.Client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 601 });
        var call = await emulator.Client.GetAsync($"/_emulator/calls/{created.Obj["id"]}");
        Assert.Equal("websocket_url_expired", call.Obj["end_reason"]!.GetValue<string>());
        var path = new Uri(created.Obj["websocketUrl"]!.GetValue<string>().Replace("ws://", "http://", StringComparison.Ordinal)).AbsolutePath;
        var reuse = await emulator.Client.GetAsync(path);
        Assert.Equal(403, reuse.Status);
        Assert.Contains("expired", reuse.Obj["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("temperature", 1.5)]
    [InlineData("temperature", -0.1)]
    [InlineData("maxDuration", 59)]
    [InlineData("maxDuration", 7201)]
    [InlineData("inactivityTimeout", 9)]
    [InlineData("inactivityTimeout", 301)]
    public async Task Inline_OutOfBounds_400(string field, double value)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Inline();
        body[field] = value;
        var response = await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body, tenant.Omnia);
        Assert.Equal(400, response.Status);
        Assert.Contains(field, response.Obj["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        OpenApi.AssertConforms("POST", "/omnia/api/v1/calls/inline", response);
    }

    [Theory]
    [InlineData("model", "gpt-4")]
    [InlineData("firstSpeaker", "both")]
    [InlineData("inactivityAction", "sleep")]
    [InlineData("connectionType", "sip")]
    public async Task Inline_NotInEnum_400(string field, string value)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Inline();
        body[field] = value;
        var response = await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body, tenant.Omnia);
        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Obj["error"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("systemPrompt")]
    [InlineData("voice")]
    [InlineData("language")]
    public async Task Inline_MissingRequired_400_GreetingOptional(string field)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Inline();
        body.Remove(field);
        Assert.Equal(400, (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body, tenant.Omnia)).Status);
        Assert.Equal(201, (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", Inline(), tenant.Omnia)).Status);
    }

    [Fact]
    public async Task Inline_WebsocketWithoutRates_400_G711WithWideband_400_PcmOk()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Inline();
        body["connectionType"] = "websocket";
        Assert.Equal(400, (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body, tenant.Omnia)).Status);
        body["websocket"] = new JsonObject { ["inputSampleRate"] = 16000, ["outputSampleRate"] = 24000 };
        Assert.Equal(400, (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body.DeepClone(), tenant.Omnia)).Status);
        body["websocket"]!["codec"] = "pcm";
        var ok = await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body.DeepClone(), tenant.Omnia);
        Assert.Equal(201, ok.Status);
        var call = await _client.GetAsync($"/_emulator/calls/{ok.Obj["id"]}");
        Assert.Equal(24000, call.Obj["media_stream"]!["output_sample_rate"]!.GetValue<int>());
    }

    [Fact]
    public async Task Inline_SelectedToolWithTwoSelectors_ValidationError()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = Inline();
        body["selectedTools"] = new JsonArray(new JsonObject { ["toolName"] = "hangUp" }, new JsonObject { ["toolId"] = "t1", ["toolName"] = "hangUp" });
        var response = await _client.PostJsonAsync("/omnia/api/v1/calls/inline", body, tenant.Omnia);
        Assert.Equal(400, response.Status);
        Assert.Equal("VALIDATION_ERROR", response.Obj["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Credits_Exhausted_402_OnCreateInlineOutbound()
    {
        var tenant = await TestTenant.CreateAsync(_client, credits: 0);
        var create = await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia);
        Assert.Equal(402, create.Status);
        OpenApi.AssertConforms("POST", "/omnia/api/v1/calls/create", create);
        Assert.Equal(402, (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", Inline(), tenant.Omnia)).Status);
        var outbound = await _client.PostJsonAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumberId"] = "num_default" }, tenant.Omnia);
        Assert.Equal(402, outbound.Status);
    }

    [Fact]
    public async Task RateLimit_Exceeded_429WithHeaders()
    {
        var tenant = await TestTenant.CreateAsync(_client, rateLimit: (2, 3600));
        Assert.Equal(200, (await _client.GetAsync("/omnia/api/v1/voices", tenant.Omnia)).Status);
        var second = await _client.GetAsync("/omnia/api/v1/voices", tenant.Omnia);
        Assert.Equal("0", second.Header("X-RateLimit-Remaining"));
        var third = await _client.GetAsync("/omnia/api/v1/voices", tenant.Omnia);
        Assert.Equal(429, third.Status);
        Assert.Equal("RATE_LIMIT_EXCEEDED", third.Obj["error"]!["code"]!.GetValue<string>());
        Assert.NotNull(third.Header("Retry-After"));
        OpenApi.AssertConforms("GET", "/omnia/api/v1/voices", third);
    }

    [Fact]
    public async Task Auth_MissingAndInvalidKey_401()
    {
        var missing = await _client.GetAsync("/omnia/api/v1/calls");
        Assert.Equal(401, missing.Status);
        Assert.Equal("MISSING_API_KEY", missing.Obj["error"]!["code"]!.GetValue<string>());
        var invalid = await _client.GetAsync("/omnia/api/v1/calls", Auth.ApiKey("ck_nope"));
        Assert.Equal("UNAUTHORIZED", invalid.Obj["error"]!["code"]!.GetValue<string>());
        var wrongSurface = await _client.GetAsync("/omnia/api/v1/calls", Auth.ApiKey("evr_test_default"));
        Assert.Equal(401, wrongSurface.Status);
    }

    [Fact]
    public async Task CallLogs_CursorPaginationCoversEveryCallOnce_FiltersApply()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _client.PostJsonAsync("/omnia/api/v1/calls/inline", Inline(), tenant.Omnia)).Obj["id"]!.GetValue<string>());
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _client.GetAsync($"/omnia/api/v1/calls?pageSize=2{(cursor is null ? string.Empty : "&cursor=" + cursor)}", tenant.Omnia);
            OpenApi.AssertConforms("GET", "/omnia/api/v1/calls", page);
            Assert.Equal(5, page.Obj["pagination"]!["total"]!.GetValue<int>());
            seen.AddRange(page.Obj["data"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
            cursor = page.Obj["pagination"]!["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        Assert.Equal(ids.AsEnumerable().Reverse(), seen);

        Assert.Equal(400, (await _client.GetAsync("/omnia/api/v1/calls?pageSize=101", tenant.Omnia)).Status);
        Assert.Equal(400, (await _client.GetAsync("/omnia/api/v1/calls?cursor=garbage!", tenant.Omnia)).Status);
        Assert.Equal(400, (await _client.GetAsync("/omnia/api/v1/calls?startDate=yesterday", tenant.Omnia)).Status);
        var none = await _client.GetAsync("/omnia/api/v1/calls?status=ended", tenant.Omnia);
        Assert.Equal(0, none.Obj["pagination"]!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task DeleteCall_RemovesIt_Then404()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var id = (await _client.PostJsonAsync("/omnia/api/v1/calls/inline", Inline(), tenant.Omnia)).Obj["id"]!.GetValue<string>();
        var deleted = await _client.DeleteAsync($"/omnia/api/v1/calls/{id}", tenant.Omnia);
        Assert.Equal(200, deleted.Status);
        OpenApi.AssertConforms("DELETE", $"/omnia/api/v1/calls/{id}", deleted);
        var gone = await _client.GetAsync($"/omnia/api/v1/calls/{id}", tenant.Omnia);
        Assert.Equal(404, gone.Status);
        OpenApi.AssertConforms("GET", $"/omnia/api/v1/calls/{id}", gone);
    }

    [Fact]
    public async Task InactiveAgent_404_UnknownAgent_404()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        Assert.Equal(404, (await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_inactive" }, tenant.Omnia)).Status);
        Assert.Equal(404, (await _client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_missing" }, tenant.Omnia)).Status);
    }

    [Fact]
    public async Task Outbound_ExactlyOneFrom_UnknownNumber404_RingTimeoutNoAnswer()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var both = await emulator.Client.PostJsonAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumberId"] = "num_default", ["fromNumber"] = "+15550000001" }, tenant.Omnia);
        Assert.Equal(400, both.Status);
        var unknown = await emulator.Client.PostJsonAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumber"] = "+15559999999" }, tenant.Omnia);
        Assert.Equal(404, unknown.Status);
        var placed = await emulator.Client.PostJsonAsync("/omnia/api/v1/calls/outbound", new JsonObject { ["agentId"] = "agt_default", ["phoneNumber"] = "+15551230000", ["fromNumber"] = "+15550000001" }, tenant.Omnia);
        Assert.Equal(201, placed.Status);
        Assert.Equal("connecting", placed.Obj["status"]!.GetValue<string>());
        await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 61 });
        var call = await emulator.Client.GetAsync($"/_emulator/calls/{placed.Obj["id"]}");
        Assert.Equal("no_answer", call.Obj["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Agents_CreateReadsBackUnderStandardConfig_InvalidVoiceCoded()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var created = await _client.PostJsonAsync("/omnia/api/v1/agents", new JsonObject
        {
            ["name"] = "Line",
            ["config"] = new JsonObject { ["basePrompt"] = "Hi", ["languageId"] = "en", ["voiceId"] = "Mark", ["maxDuration"] = 120 },
        }, tenant.Omnia);
        Assert.Equal(201, created.Status);
        OpenApi.AssertConforms("POST", "/omnia/api/v1/agents", created);
        Assert.Equal("voice_mark", created.Obj["standardConfig"]!["voiceId"]!.GetValue<string>());
        Assert.Equal(120, created.Obj["standardConfig"]!["maxDuration"]!.GetValue<int>());
        var invalid = await _client.PostJsonAsync("/omnia/api/v1/agents", new JsonObject
        {
            ["name"] = "Line",
            ["config"] = new JsonObject { ["basePrompt"] = "Hi", ["languageId"] = "en", ["voiceId"] = "Nobody" },
        }, tenant.Omnia);
        Assert.Equal(400, invalid.Status);
        Assert.Equal("Invalid voice: Nobody", invalid.Obj["error"]!.GetValue<string>());
        OpenApi.AssertConforms("POST", "/omnia/api/v1/agents", invalid);
    }
}
