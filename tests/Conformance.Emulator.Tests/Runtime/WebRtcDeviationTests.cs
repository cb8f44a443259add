using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>
/// The deviations that act on the WebRTC signalling and the OpenAI sideband (specs/runtime.md
/// RUN-052, RUN-056): what our Rtc offerer reads in the SDP answer, and what the sideband
/// answers to a truncate beyond the generated audio.
/// </summary>
public sealed class WebRtcDeviationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorClient _client = fixture.Client;
    private readonly RuntimeApi _api = new(fixture.Client);

    [Fact]
    public async Task WrongCodec_Pcma_AnswerPicksPcmaThoughOpusIsPreferredAndOffered()
    {
        var normal = await AnswerAsync(deviation: null, AudioCodec.Opus, AudioCodec.Pcmu, AudioCodec.Pcma);
        var deviant = await AnswerAsync(new JsonObject { ["codec"] = "pcma" }, AudioCodec.Opus, AudioCodec.Pcmu, AudioCodec.Pcma);

        Assert.Equal("opus", AnsweredCodec(normal));
        Assert.Equal("PCMA", AnsweredCodec(deviant));
    }

    [Fact]
    public async Task WrongCodec_Unoffered_AnswerNamesACodecTheOfferLacks()
    {
        await using var offerer = await Offerer.CreateAsync(AudioCodec.Opus);
        var answer = await AnswerAsync(new JsonObject { ["codec"] = "unoffered" }, offerer);

        var codec = AnsweredCodec(answer);
        Assert.DoesNotContain($" {codec}/", offerer.Offer, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("G722", codec);
    }

    [Fact]
    public async Task TruncateUnchecked_AudioEndBeyondTheGreeting_IsTruncatedNotAnError()
    {
        var tenant = await _api.TenantAsync();
        await _api.DeviationAsync("media.truncate_unchecked", null, tenant.Id);
        await using var caller = new RtcCaller(await Offerer.CreateAsync());
        using var form = new MultipartFormDataContent();
        var sdp = new StringContent(caller.Offerer.Offer, Encoding.UTF8);
        sdp.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
        form.Add(sdp, "sdp");
        form.Add(new StringContent("""{"type":"realtime","model":"gpt-realtime"}""", Encoding.UTF8, "application/json"), "session");
        var created = await _client.SendAsync(HttpMethod.Post, "/openai/v1/realtime/calls", form, tenant.OpenAI);
        Assert.Equal(201, created.Status);
        var callId = created.Header("Location")!.Split('/')[^1];
        await caller.Offerer.ConnectAsync(created.Body);
        await using var sideband = await SidebandClient.ConnectAsync(_client.BaseUrl, callId, tenant.OpenAIKey);

        // The caller speaks; the reply is an assistant audio item of which far less than 60 s has been generated.
        var rate = caller.Rate;
        var script = new CallerScript(rate).Silence(300);
        var said = script.Say(CallerFixtures.Clip("utterance-river-spring", rate));
        script.Until(said.EndMs + 1300);
        await caller.SendAsync(script.ToArray());
        var delta = await sideband.WaitForAsync(e => e["type"]!.GetValue<string>() == "response.output_audio_transcript.delta", TimeSpan.FromSeconds(10));
        await sideband.SendAsync(new JsonObject { ["type"] = "conversation.item.truncate", ["item_id"] = delta["item_id"]!.GetValue<string>(), ["content_index"] = 0, ["audio_end_ms"] = 60_000 });
        var answer = await sideband.WaitForAsync(e => e["type"]!.GetValue<string>() is "conversation.item.truncated" or "error", TimeSpan.FromSeconds(5));
        Assert.Equal("conversation.item.truncated", answer["type"]!.GetValue<string>());
        Assert.Equal(60_000, answer["audio_end_ms"]!.GetValue<double>());
        Assert.Equal(200, (await _client.PostJsonAsync($"/openai/v1/realtime/calls/{callId}/hangup", null, tenant.OpenAI)).Status);
    }

    /// <summary>The encoding name the answer's m=audio line's first payload type maps to.</summary>
    private static string AnsweredCodec(string answer)
    {
        var lines = answer.Split("\r\n");
        var media = lines.First(l => l.StartsWith("m=audio ", StringComparison.Ordinal)).Split(' ');
        var pt = media[3];
        var map = lines.FirstOrDefault(l => l.StartsWith($"a=rtpmap:{pt} ", StringComparison.Ordinal));
        return map is null ? pt switch { "0" => "PCMU", "8" => "PCMA", _ => pt } : map.Split(' ')[1].Split('/')[0];
    }

    private async Task<string> AnswerAsync(JsonObject? deviation, params AudioCodec[] codecs)
    {
        await using var offerer = await Offerer.CreateAsync(codecs);
        return await AnswerAsync(deviation, offerer);
    }

    /// <summary>An Everruns create_call answered for a fresh tenant (with media.wrong_codec when given); the call is ended at once.</summary>
    private async Task<string> AnswerAsync(JsonObject? deviation, Offerer offerer)
    {
        var tenant = await _api.TenantAsync();
        if (deviation is not null)
        {
            await _api.DeviationAsync("media.wrong_codec", deviation, tenant.Id);
        }

        var session = await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns);
        var sessionId = session.Obj["id"]!.GetValue<string>();
        var created = await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/calls", new JsonObject { ["sdp"] = offerer.Offer }, tenant.Everruns);
        Assert.True(created.Status == 200, created.ToString());
        var callId = created.Obj["voice_connection_id"]!.GetValue<string>();
        await _client.PostJsonAsync($"/everruns/v1/sessions/{sessionId}/voice/{callId}/end", new JsonObject { ["reason"] = "test over" }, tenant.Everruns);
        return created.Obj["answer_sdp"]!.GetValue<string>();
    }
}
