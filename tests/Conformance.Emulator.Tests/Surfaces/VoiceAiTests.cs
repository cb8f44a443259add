using System.IdentityModel.Tokens.Jwt;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class VoiceAiTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Api = "/voiceai/api/v1";
    private readonly EmulatorClient _client = fixture.Client;

    private async Task<JsonObject> ConnectAsync(TestTenant tenant, string agent = "default-agent")
    {
        var response = await _client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = agent }, tenant.VoiceAi);
        Assert.Equal(200, response.Status);
        OpenApi.AssertConforms("POST", $"{Api}/connection/connection-details", response);
        return response.Obj;
    }

    [Fact]
    public async Task ParticipantToken_IsLiveKitHs256_ValidatedByJwtHandler()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var details = await ConnectAsync(tenant);
        var callId = details["call_id"]!.GetValue<string>();
        Assert.EndsWith("/voiceai/livekit", details["server_url"]!.GetValue<string>(), StringComparison.Ordinal);

        var handler = new JwtSecurityTokenHandler { MapInboundClaims = false };
        var validation = new TokenValidationParameters
        {
            ValidIssuer = tenant.LiveKitKey,
            ValidateAudience = false,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(tenant.LiveKitSecret)),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        };
        handler.ValidateToken(details["participant_token"]!.GetValue<string>(), validation, out var validated);
        var jwt = (JwtSecurityToken)validated;
        Assert.Equal("HS256", jwt.Header.Alg);
        Assert.Equal($"user_{callId}", jwt.Subject);
        Assert.InRange((jwt.ValidTo - jwt.ValidFrom).TotalSeconds, 599, 601);
        var video = JsonNode.Parse(jwt.Payload["video"]!.ToString()!)!;
        Assert.Equal($"room-{callId}", video["room"]!.GetValue<string>());
        Assert.True(video["roomJoin"]!.GetValue<bool>());
        Assert.True(video["canPublish"]!.GetValue<bool>());
        Assert.True(video["canSubscribe"]!.GetValue<bool>());
        Assert.True(video["canPublishData"]!.GetValue<bool>());

        var wrongKey = validation.Clone();
        wrongKey.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('x', 64)));
        Assert.ThrowsAny<SecurityTokenException>(() => handler.ValidateToken(details["participant_token"]!.GetValue<string>(), wrongKey, out _));
    }

    [Fact]
    public async Task EndToken_EndsOnlyItsOwnCall_ApiKeyEndsAny_EndIsIdempotent()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var first = await ConnectAsync(tenant);
        var second = await ConnectAsync(tenant);
        var firstId = first["call_id"]!.GetValue<string>();
        var secondId = second["call_id"]!.GetValue<string>();

        var wrongCall = await _client.PostJsonAsync($"{Api}/calls/{secondId}/end", null, Auth.Bearer(first["end_token"]!.GetValue<string>()));
        Assert.Equal(403, wrongCall.Status);
        Assert.Equal("END_TOKEN_SCOPE", wrongCall.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("POST", $"{Api}/calls/{secondId}/end", wrongCall);

        var own = await _client.PostJsonAsync($"{Api}/calls/{firstId}/end?actual_duration_seconds=61", null, Auth.Bearer(first["end_token"]!.GetValue<string>()));
        Assert.Equal(200, own.Status);
        OpenApi.AssertConforms("POST", $"{Api}/calls/{firstId}/end", own);
        Assert.Equal(61, own.Obj["actual_duration_seconds"]!.GetValue<double>());
        Assert.Equal(2, own.Obj["credits_used"]!.GetValue<decimal>());
        var again = await _client.PostJsonAsync($"{Api}/calls/{firstId}/end", null, tenant.VoiceAi);
        Assert.Equal(200, again.Status);
        Assert.Equal(own.Obj["ended_at"]!.GetValue<string>(), again.Obj["ended_at"]!.GetValue<string>());

        var byKey = await _client.PostJsonAsync($"{Api}/calls/{secondId}/end", null, tenant.VoiceAi);
        Assert.Equal(200, byKey.Status);
    }

    [Fact]
    public async Task EndTokenUnscoped_Deviation_LetsATokenEndAnotherCall()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var first = (await emulator.Client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi)).Obj;
        var second = (await emulator.Client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi)).Obj;
        await emulator.Client.PostJsonAsync("/_emulator/deviations", new JsonObject { ["name"] = "voiceai.end_token_unscoped" });
        var crossed = await emulator.Client.PostJsonAsync($"{Api}/calls/{second["call_id"]}/end", null, Auth.Bearer(first["end_token"]!.GetValue<string>()));
        Assert.Equal(200, crossed.Status);
    }

    [Fact]
    public async Task Validation_EveryInvalidField_OneFastApiItemEach()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = JsonNode.Parse("""
            {"agent_id": 42, "dynamic_variables": {"ok": "x", "bad": {"nested": 1}},
             "agent_overrides": {"tts_params": {"model": "tts-2", "language": "xx", "temperature": 2.5, "top_p": -1, "voice_id": 7}}}
            """)!;
        var response = await _client.PostJsonAsync($"{Api}/connection/connection-details", body, tenant.VoiceAi);
        Assert.Equal(422, response.Status);
        OpenApi.AssertConforms("POST", $"{Api}/connection/connection-details", response);
        var items = response.Obj["detail"]!.AsArray().Select(i => (Type: i!["type"]!.GetValue<string>(), Loc: string.Join('/', i["loc"]!.AsArray().Select(l => l!.ToString())))).ToArray();
        Assert.Contains(("string_type", "body/agent_id"), items);
        Assert.Contains(("scalar_type", "body/dynamic_variables/bad"), items);
        Assert.Contains(("enum", "body/agent_overrides/tts_params/model"), items);
        Assert.Contains(("enum", "body/agent_overrides/tts_params/language"), items);
        Assert.Contains(("less_than_equal", "body/agent_overrides/tts_params/temperature"), items);
        Assert.Contains(("greater_than_equal", "body/agent_overrides/tts_params/top_p"), items);
        Assert.Contains(("string_type", "body/agent_overrides/tts_params/voice_id"), items);
        Assert.Equal(7, items.Length);
    }

    [Theory]
    [InlineData("{not json", "json_invalid")]
    [InlineData("[1,2]", "model_attributes_type")]
    [InlineData("{}", "missing")]
    public async Task Validation_MalformedBodies_422(string body, string type)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var response = await _client.PostRawAsync($"{Api}/connection/connection-details", body, "application/json", tenant.VoiceAi);
        Assert.Equal(422, response.Status);
        Assert.Equal(type, response.Obj["detail"]![0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Credits_Exhausted_402_TestModeStillWorks_PausedAgent_403_Unauthorized_401()
    {
        var tenant = await TestTenant.CreateAsync(_client, credits: 0);
        var broke = await _client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi);
        Assert.Equal(402, broke.Status);
        Assert.Equal("INSUFFICIENT_CREDITS", broke.Obj["code"]!.GetValue<string>());
        Assert.Equal(200, (await _client.PostJsonAsync($"{Api}/connection/test-connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi)).Status);
        var paused = await _client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "paused-agent" }, tenant.VoiceAi);
        Assert.Equal(403, paused.Status);
        Assert.Equal("CALL_VALIDATION_FAILED", paused.Obj["code"]!.GetValue<string>());
        Assert.Equal("agent_not_deployed", paused.Obj["reason"]!.GetValue<string>());
        var anonymous = await _client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" });
        Assert.Equal(401, anonymous.Status);
        Assert.Equal("Unauthorized", anonymous.Obj["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Credits_DeductedByEnd_UntilExhausted()
    {
        var tenant = await TestTenant.CreateAsync(_client, credits: 2);
        var call = await ConnectAsync(tenant);
        await _client.PostJsonAsync($"{Api}/calls/{call["call_id"]}/end?actual_duration_seconds=90", null, Auth.Bearer(call["end_token"]!.GetValue<string>()));
        var key = (await _client.GetAsync($"/_emulator/tenants/{tenant.Id}/keys")).Obj["data"]!.AsArray().First(k => k!["surface"]!.GetValue<string>() == "voiceai")!;
        Assert.Equal(0, key["credits"]!.GetValue<decimal>());
        Assert.Equal(402, (await _client.PostJsonAsync($"{Api}/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi)).Status);
    }

    [Fact]
    public async Task LiveKitSignalling_NotEmulated_501()
    {
        var response = await _client.GetAsync("/voiceai/livekit/rtc/v1?access_token=x");
        Assert.Equal(501, response.Status);
        Assert.Contains("not emulated", response.Obj["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
