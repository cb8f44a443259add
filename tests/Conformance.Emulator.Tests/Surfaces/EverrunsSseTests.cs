using System.Text.Json.Nodes;
using Conformance.Contracts;
using Conformance.Emulator.Surfaces.Everruns;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Surfaces;

/// <summary>The session SSE stream over real HTTP: framing, the voice.* events, resume with since_id, type filters.</summary>
public sealed class EverrunsSseTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);
    private readonly EmulatorClient _client = fixture.Client;

    [Fact]
    public void Frame_WireShape_EventIdRetryData()
    {
        var frame = EverrunsSseHandler.Frame("voice.session.ended", "event_0123456789abcdef0123456789abcdef", new JsonObject { ["reason"] = "a\nb" });
        Assert.Equal("event: voice.session.ended\nid: event_0123456789abcdef0123456789abcdef\nretry: 100\ndata: {\"reason\":\"a\\nb\"}\n\n", frame);
    }

    [Fact]
    public async Task Stream_ConnectedThenVoiceEvents_DataValidatesAgainstTheContract()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
        using var stream = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse", tenant.EverrunsKey);
        Assert.Equal("text/event-stream", stream.ContentType);

        var connected = await stream.NextAsync(s_wait);
        Assert.Equal("connected", connected.Event);
        Assert.Equal("""{"status":"connected"}""", connected.Data);

        var secret = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject(), tenant.Everruns);
        var voice = secret.Obj["voice_connection_id"]!.GetValue<string>();
        await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voice}/end", new JsonObject { ["reason"] = "caller said bye" }, tenant.Everruns);

        var ended = await stream.NextAsync(s_wait);
        Assert.Equal("voice.session.ended", ended.Event);
        Assert.Equal("100", ended.Retry);
        Assert.Matches("^event_[0-9a-f]{32}$", ended.Id!);
        var json = JsonNode.Parse(ended.Data)!;
        Assert.Equal(ended.Id, json["id"]!.GetValue<string>());
        Assert.Equal(session, json["session_id"]!.GetValue<string>());
        var schemas = OpenApi.Document.Model.Components!.Schemas!;
        var validator = new SchemaValidator();
        Assert.Empty(validator.Validate(json, schemas["EverrunsEvent"]));
        Assert.Empty(validator.Validate(json["data"], schemas["VoiceSessionEndedData"]));
        Assert.Equal(voice, json["data"]!["voice_connection_id"]!.GetValue<string>());
        Assert.Equal("caller said bye", json["data"]!["reason"]!.GetValue<string>());
        Assert.Null(json["data"]!["duration_ms"]?.GetValue<long>());
    }

    [Fact]
    public async Task Stream_SinceId_ResumesAfterThatEvent_TypesFilterApplies()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
        var ids = new List<string>();
        using (var first = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse", tenant.EverrunsKey))
        {
            await first.NextAsync(s_wait);
            for (var i = 0; i < 3; i++)
            {
                var voice = (await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject(), tenant.Everruns)).Obj["voice_connection_id"]!.GetValue<string>();
                await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voice}/end", new JsonObject(), tenant.Everruns);
                ids.Add((await first.NextAsync(s_wait)).Id!);
            }
        }

        using var resumed = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse?since_id={ids[0]}", tenant.EverrunsKey);
        Assert.Equal("connected", (await resumed.NextAsync(s_wait)).Event);
        Assert.Equal(ids[1], (await resumed.NextAsync(s_wait)).Id);
        Assert.Equal(ids[2], (await resumed.NextAsync(s_wait)).Id);

        using var filtered = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse?types=voice.session.started", tenant.EverrunsKey);
        Assert.Equal("connected", (await filtered.NextAsync(s_wait)).Event);
        await Assert.ThrowsAsync<TimeoutException>(() => filtered.NextAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Theory]
    [InlineData("?since_id=event_123", 400)]
    [InlineData("?since_id=event_0123456789abcdef0123456789abcdef", 404)]
    [InlineData("?types=turn.nope", 400)]
    [InlineData("?exclude=voice.session.started&exclude=nope", 400)]
    public async Task Stream_BadQuery_RejectedBeforeStreaming(string query, int status)
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
        var response = await _client.GetAsync($"/everruns/v1/sessions/{session}/sse{query}", tenant.Everruns);
        Assert.Equal(status, response.Status);
        OpenApi.AssertConforms("GET", $"/everruns/v1/sessions/{session}/sse", response);
    }

    [Fact]
    public async Task Stream_SessionDeleted_StreamSaysDisconnectingAndEnds()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
        using var stream = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse", tenant.EverrunsKey);
        await stream.NextAsync(s_wait);
        await _client.DeleteAsync($"/everruns/v1/sessions/{session}", tenant.Everruns);
        var last = await stream.NextAsync(s_wait);
        Assert.Equal("disconnecting", last.Event);
        Assert.Null(await stream.NextOrEndAsync(s_wait));
    }
}
