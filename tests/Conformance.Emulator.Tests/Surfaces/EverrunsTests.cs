using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

public sealed class EverrunsTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorClient _client = fixture.Client;

    private async Task<(TestTenant Tenant, string SessionId)> SessionAsync()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var created = await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject { ["title"] = "test" }, tenant.Everruns);
        Assert.Equal(201, created.Status);
        OpenApi.AssertConforms("POST", "/everruns/v1/sessions", created);
        return (tenant, created.Obj["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Session_MalformedId_400ProblemJson_UnknownId_404()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var malformed = await _client.GetAsync("/everruns/v1/sessions/session_123", tenant.Everruns);
        Assert.Equal(400, malformed.Status);
        Assert.StartsWith("application/problem+json", malformed.ContentType, StringComparison.Ordinal);
        Assert.Equal("invalid_session_id", malformed.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("GET", "/everruns/v1/sessions/session_123", malformed);

        var unknown = await _client.GetAsync("/everruns/v1/sessions/session_0123456789abcdef0123456789abcdef", tenant.Everruns);
        Assert.Equal(404, unknown.Status);
        Assert.Equal("session_not_found", unknown.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("GET", "/everruns/v1/sessions/session_0123456789abcdef0123456789abcdef", unknown);
    }

    [Fact]
    public async Task Session_OtherTenantsSession_IsNotFound()
    {
        var (_, sessionId) = await SessionAsync();
        var stranger = await TestTenant.CreateAsync(_client);
        var response = await _client.GetAsync($"/everruns/v1/sessions/{sessionId}", stranger.Everruns);
        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task ClientSecret_ThenEnd_ReturnsEndedAndIsIdempotent()
    {
        var (tenant, sessionId) = await SessionAsync();
        var secret = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject { ["voice"] = "alloy", ["reasoning_effort"] = "xhigh" }, tenant.Everruns);
        Assert.Equal(200, secret.Status);
        OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{sessionId}/voice/client-secret", secret);
        Assert.StartsWith("ek_", secret.Obj["client_secret"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("xhigh", secret.Obj["reasoning_effort"]!.GetValue<string>());
        Assert.Equal("gpt-realtime-2", secret.Obj["model"]!.GetValue<string>());
        var voiceId = secret.Obj["voice_connection_id"]!.GetValue<string>();

        for (var i = 0; i < 2; i++)
        {
            var end = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{voiceId}/end", new JsonObject { ["reason"] = "done" }, tenant.Everruns);
            Assert.Equal(200, end.Status);
            Assert.Equal("ended", end.Obj["status"]!.GetValue<string>());
            OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{sessionId}/voice/{voiceId}/end", end);
        }
    }

    [Fact]
    public async Task VoiceConnectionId_VoiceConnPrefixAccepted()
    {
        var (tenant, sessionId) = await SessionAsync();
        var secret = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject(), tenant.Everruns);
        var voiceId = secret.Obj["voice_connection_id"]!.GetValue<string>();
        var legacy = "voice_conn_" + voiceId["voice_".Length..];
        var end = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{legacy}/end", new JsonObject(), tenant.Everruns);
        Assert.Equal(200, end.Status);
        Assert.Equal(voiceId, end.Obj["voice_connection_id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("provider_00000000000000000000000000000002", 400, "provider_not_realtime")]
    [InlineData("prov_00000000000000000000000000000002", 400, "provider_not_realtime")]
    [InlineData("provider_0000000000000000000000000000ffff", 404, "provider_not_found")]
    [InlineData("prov_01h…", 400, "validation_error")]
    public async Task ProviderId_WithoutRealtimeOrUnknownOrMalformed_Rejected(string providerId, int status, string code)
    {
        var (tenant, sessionId) = await SessionAsync();
        var response = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject { ["provider_id"] = providerId }, tenant.Everruns);
        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{sessionId}/voice/client-secret", response);
    }

    [Fact]
    public async Task VoiceOptions_EveryInvalidFieldListed()
    {
        var (tenant, sessionId) = await SessionAsync();
        var response = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/calls", new JsonObject { ["reasoning_effort"] = "extreme", ["voice"] = "nobody", ["model"] = "" }, tenant.Everruns);
        Assert.Equal(400, response.Status);
        var fields = response.Obj["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).ToArray();
        Assert.Contains("reasoning_effort", fields);
        Assert.Contains("voice", fields);
        Assert.Contains("model", fields);
        Assert.Contains("sdp", fields);
    }

    [Fact]
    public async Task VoiceDisabled_VoiceRoutesAnswer404()
    {
        var tenant = await TestTenant.CreateAsync(_client, voiceEnabled: false);
        var session = await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns);
        var sessionId = session.Obj["id"]!.GetValue<string>();
        var response = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject(), tenant.Everruns);
        Assert.Equal(404, response.Status);
        Assert.Equal("voice_disabled", response.Obj["code"]!.GetValue<string>());
        var chat = await _client.PostJsonAsync("/everruns/v1/sessions/chat/voice", new JsonObject { ["sdp"] = "v=0\r\n" }, tenant.Everruns);
        Assert.Equal(404, chat.Status);
    }

    [Fact]
    public async Task Lease_ClockAdvancedPastOneHour_ConnectionEndsAndSseReportsIt()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var tenant = await TestTenant.CreateAsync(emulator.Client);
        var session = await emulator.Client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns);
        var sessionId = session.Obj["id"]!.GetValue<string>();
        var secret = await emulator.Client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject(), tenant.Everruns);
        var voiceId = secret.Obj["voice_connection_id"]!.GetValue<string>();

        var advanced = await emulator.Client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 3601 });
        Assert.Equal(200, advanced.Status);

        var call = await emulator.Client.GetAsync($"/_emulator/calls/{voiceId}");
        Assert.Equal("ended", call.Obj["state"]!.GetValue<string>());
        Assert.Equal("lease_expired", call.Obj["end_reason"]!.GetValue<string>());

        var attach = await emulator.Client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{voiceId}/attach", new JsonObject { ["provider_call_id"] = "rtc_0123" }, tenant.Everruns);
        Assert.Equal(409, attach.Status);
        Assert.Equal("voice_connection_ended", attach.Obj["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attach_UnknownProviderCall_404_MalformedProviderCallId_400()
    {
        var (tenant, sessionId) = await SessionAsync();
        var secret = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject(), tenant.Everruns);
        var voiceId = secret.Obj["voice_connection_id"]!.GetValue<string>();
        var unknown = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{voiceId}/attach", new JsonObject { ["provider_call_id"] = "rtc_00000000000000000000000000000000" }, tenant.Everruns);
        Assert.Equal(404, unknown.Status);
        Assert.Equal("provider_call_not_found", unknown.Obj["code"]!.GetValue<string>());
        var malformed = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{voiceId}/attach", new JsonObject { ["provider_call_id"] = "call-1" }, tenant.Everruns);
        Assert.Equal(400, malformed.Status);
    }

    [Fact]
    public async Task Agents_CreateGetList_DuplicateNameConflicts()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var body = new JsonObject { ["name"] = "billing-bot", ["system_prompt"] = "You handle billing." };
        var created = await _client.PostJsonAsync("/everruns/v1/agents", body, tenant.Everruns);
        Assert.Equal(201, created.Status);
        OpenApi.AssertConforms("POST", "/everruns/v1/agents", created);
        var id = created.Obj["id"]!.GetValue<string>();
        var fetched = await _client.GetAsync($"/everruns/v1/agents/{id}", tenant.Everruns);
        Assert.Equal("billing-bot", fetched.Obj["name"]!.GetValue<string>());
        var list = await _client.GetAsync("/everruns/v1/agents?search=billing&limit=5", tenant.Everruns);
        OpenApi.AssertConforms("GET", "/everruns/v1/agents", list);
        Assert.Equal(1, list.Obj["total"]!.GetValue<int>());
        var duplicate = await _client.PostJsonAsync("/everruns/v1/agents", body.DeepClone(), tenant.Everruns);
        Assert.Equal(409, duplicate.Status);
        var badName = await _client.PostJsonAsync("/everruns/v1/agents", new JsonObject { ["name"] = "Bad Name", ["system_prompt"] = "x" }, tenant.Everruns);
        Assert.Equal(400, badName.Status);
    }

    [Fact]
    public async Task DeleteSession_EndsItsVoiceConnections()
    {
        var (tenant, sessionId) = await SessionAsync();
        var secret = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/client-secret", new JsonObject(), tenant.Everruns);
        var voiceId = secret.Obj["voice_connection_id"]!.GetValue<string>();
        var deleted = await _client.DeleteAsync($"/everruns/v1/sessions/{sessionId}", tenant.Everruns);
        Assert.Equal(204, deleted.Status);
        Assert.Equal("ended", (await _client.GetAsync($"/_emulator/calls/{voiceId}")).Obj["state"]!.GetValue<string>());
        Assert.Equal(404, (await _client.GetAsync($"/everruns/v1/sessions/{sessionId}", tenant.Everruns)).Status);
    }
}
