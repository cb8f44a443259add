using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;

namespace Conformance.Emulator.Tests.Surfaces;

/// <summary>
/// The WebRTC-carrying operations with a real offerer (Conformance.Rtc): answers are real, the
/// offerer connects (ICE + DTLS-SRTP) to them, calls go active, and ending releases the leg.
/// </summary>
public sealed class WebRtcTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);
    private readonly EmulatorClient _client = fixture.Client;

    private async Task<string> SessionAsync(TestTenant tenant) =>
        (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();

    private async Task<bool> StateIsAsync(string callId, string state) =>
        await Eventually.TrueAsync(async () => (await _client.GetAsync($"/_emulator/calls/{callId}")).Obj["state"]!.GetValue<string>() == state, s_wait);

    [Fact]
    public async Task EverrunsCreateCall_RealAnswer_OffererConnects_CallActive_EndReleasesLeg()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = await SessionAsync(tenant);
        await using var offerer = await Offerer.CreateAsync();
        using var sse = await SseReader.OpenAsync(_client.BaseUrl, $"/everruns/v1/sessions/{session}/sse", tenant.EverrunsKey);
        await sse.NextAsync(s_wait);

        var created = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = offerer.Offer, ["voice"] = "cedar" }, tenant.Everruns);
        Assert.Equal(200, created.Status);
        OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{session}/voice/calls", created);
        var answer = created.Obj["answer_sdp"]!.GetValue<string>();
        Assert.Contains("a=ice-lite", answer, StringComparison.Ordinal);
        Assert.Matches("^rtc_[0-9a-f]{32}$", created.Obj["provider_call_id"]!.GetValue<string>());
        var negotiated = await offerer.ConnectAsync(answer);
        Assert.Equal(AudioCodec.Opus, negotiated.Codec);

        var voiceId = created.Obj["voice_connection_id"]!.GetValue<string>();
        Assert.True(await StateIsAsync(voiceId, "active"));
        var started = await sse.NextAsync(s_wait);
        Assert.Equal("voice.session.started", started.Event);
        Assert.Equal("webrtc", JsonNode.Parse(started.Data)!["data"]!["transport"]!.GetValue<string>());
        var journal = (await _client.GetAsync($"/_emulator/calls/{voiceId}/journal?kind=http.exchange")).Obj["entries"]!.AsArray();
        Assert.Contains(journal, e => e!["data"]!["path"]!.GetValue<string>().EndsWith("/voice/calls", StringComparison.Ordinal) && e["data"]!["status"]!.GetValue<int>() == 200);

        var end = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voiceId}/end", new JsonObject { ["reason"] = "done" }, tenant.Everruns);
        Assert.Equal("ended", end.Obj["status"]!.GetValue<string>());
        // The agent's transcript events (voice.output_transcript.*) come before the end; skip to it.
        SseMessage message;
        do
        {
            message = await sse.NextAsync(s_wait);
        }
        while (message.Event != "voice.session.ended");

        var ended = JsonNode.Parse(message.Data)!["data"]!;
        Assert.NotNull(ended["duration_ms"]);
        Assert.True(await Eventually.TrueAsync(async () => offerer.Connection.State is ConnectionState.Failed or ConnectionState.Closed || (await _client.GetAsync("/_emulator/diagnostics")).Obj["call_resources"]!.GetValue<int>() == 0, s_wait));
    }

    [Fact]
    public async Task EverrunsCreateCall_PcmuOnlyOffer_AnsweredWithPcmu_NoCommonCodec400()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = await SessionAsync(tenant);
        await using var pcmu = await Offerer.CreateAsync(AudioCodec.Pcmu);
        var created = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = pcmu.Offer }, tenant.Everruns);
        Assert.Equal(AudioCodec.Pcmu, (await pcmu.ConnectAsync(created.Obj["answer_sdp"]!.GetValue<string>())).Codec);

        var g722Only = pcmu.Offer.Replace("RTP/SAVPF 0 126", "RTP/SAVPF 9", StringComparison.Ordinal);
        g722Only = string.Join("\r\n", g722Only.Split("\r\n").Where(l => !l.StartsWith("a=rtpmap", StringComparison.Ordinal) && !l.StartsWith("a=fmtp", StringComparison.Ordinal)).Select(l => l.StartsWith("m=audio", StringComparison.Ordinal) ? string.Join(' ', l.Split(' ')[..3]) + " 9\r\na=rtpmap:9 G722/8000" : l));
        var rejected = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = g722Only }, tenant.Everruns);
        Assert.Equal(400, rejected.Status);
        Assert.Equal("no_common_codec", rejected.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{session}/voice/calls", rejected);

        var malformed = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = "v=0\r\nnot sdp\r\n" }, tenant.Everruns);
        Assert.Equal(400, malformed.Status);
        Assert.Equal("invalid_sdp", malformed.Obj["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpenAICalls_MultipartAndRawSdp_201LocationAnswer_Hangup()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        await using var viaForm = await Offerer.CreateAsync();
        using var form = new MultipartFormDataContent();
        var sdpPart = new StringContent(viaForm.Offer, Encoding.UTF8);
        sdpPart.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
        form.Add(sdpPart, "sdp");
        form.Add(new StringContent("""{"type":"realtime","model":"gpt-realtime","audio":{"output":{"voice":"marin"}}}""", Encoding.UTF8, "application/json"), "session");
        var created = await _client.SendAsync(HttpMethod.Post, "/openai/v1/realtime/calls", form, tenant.OpenAI);
        Assert.Equal(201, created.Status);
        Assert.StartsWith("application/sdp", created.ContentType, StringComparison.Ordinal);
        OpenApi.AssertConforms("POST", "/openai/v1/realtime/calls", created);
        var callId = created.Header("Location")!.Split('/')[^1];
        await viaForm.ConnectAsync(created.Body);
        Assert.True(await StateIsAsync(callId, "active"));
        Assert.Matches("^/openai/v1/realtime/calls/rtc_[0-9a-f]{32}$", created.Header("Location")!);

        await using var raw = await Offerer.CreateAsync(AudioCodec.Pcma);
        var rawCall = await _client.PostRawAsync("/openai/v1/realtime/calls", raw.Offer, "application/sdp", tenant.OpenAI);
        Assert.Equal(201, rawCall.Status);
        Assert.Equal(AudioCodec.Pcma, (await raw.ConnectAsync(rawCall.Body)).Codec);

        Assert.Equal(200, (await _client.PostJsonAsync($"/openai/v1/realtime/calls/{callId}/hangup", null, tenant.OpenAI)).Status);
        Assert.True(await StateIsAsync(callId, "ended"));
    }

    [Fact]
    public async Task ClientSecretFlow_BrowserCallsOpenAIWithTheSecret_ThenAttachMergesTheCall()
    {
        var tenant = await TestTenant.CreateAsync(_client);
        var session = await SessionAsync(tenant);
        var secret = (await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject { ["voice"] = "ash" }, tenant.Everruns)).Obj;
        var voiceId = secret["voice_connection_id"]!.GetValue<string>();
        var ek = secret["client_secret"]!["value"]!.GetValue<string>();

        await using var browser = await Offerer.CreateAsync();
        var call = await _client.PostRawAsync("/openai/v1/realtime/calls", browser.Offer, "application/sdp", Auth.Bearer(ek));
        Assert.Equal(201, call.Status);
        var rtc = call.Header("Location")!.Split('/')[^1];
        await browser.ConnectAsync(call.Body);

        var attached = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voiceId}/attach", new JsonObject { ["provider_call_id"] = rtc }, tenant.Everruns);
        Assert.Equal(200, attached.Status);
        OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{session}/voice/{voiceId}/attach", attached);
        Assert.Equal(rtc, attached.Obj["provider_call_id"]!.GetValue<string>());
        var summary = (await _client.GetAsync($"/_emulator/calls/{voiceId}")).Obj;
        Assert.Equal(rtc, summary["id"]!.GetValue<string>());
        Assert.Contains(summary["aliases"]!.AsArray(), a => a!.GetValue<string>() == voiceId);
        Assert.Equal(200, (await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voiceId}/attach", new JsonObject { ["provider_call_id"] = rtc }, tenant.Everruns)).Status);

        await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voiceId}/end", new JsonObject(), tenant.Everruns);
        Assert.True(await StateIsAsync(rtc, "ended"));
        Assert.Equal(400, (await _client.PostJsonAsync($"/openai/v1/realtime/calls/{rtc}/hangup", null, tenant.OpenAI)).Status);
    }
}
