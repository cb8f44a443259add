using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>
/// RUN-040…042: the caller leg's uplink, recorded on the call timeline, comes back from
/// <c>GET /_emulator/calls/{callId}/recording</c> as a WAV (RIFF PCM16 mono at the caller rate)
/// holding exactly what the caller sent; <c>recordingEnabled:false</c> records nothing (404).
/// </summary>
public sealed class RecordingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const int Rate = 16000;
    private readonly RuntimeApi _api = new(fixture.Client);

    [Fact]
    public async Task Recording_GenericCall_WavHoldsEveryCallerSampleOnTheTimeline()
    {
        var tenant = await _api.TenantAsync();
        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge");
        var (callId, url) = await _api.OmniaCallAsync(tenant, agent, "websocket", Options);
        var script = new CallerScript(Rate).Silence(200);
        script.Say(CallerFixtures.Clip("backchannel-yes", Rate));
        script.Silence(200);
        var sent = script.ToArray();
        await using (var caller = await StreamCaller.ConnectAsync(url, new GenericDialect(GenericDialect.Pcm(Rate, Rate))))
        {
            await caller.RunAsync(sent, sendStop: false);
        }

        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        var closed = journal.First(e => e.Kind == "media.leg.closed");
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"{_api.Client.BaseUrl}/_emulator/calls/{callId}/recording"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);

        // RIFF/WAVE, fmt: PCM (1), mono, 16 kHz, 16 bits; then the data chunk.
        var wav = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(20)));
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(22)));
        Assert.Equal(Rate, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)));
        Assert.Equal(16, BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(34)));
        Assert.Equal("data", Encoding.ASCII.GetString(wav, 36, 4));
        var samples = new short[BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)) / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + (2 * i)));
        }

        // Nothing lost: every received sample is recorded or counted (RUN-042); the generic socket has no stream offset.
        Assert.Equal(closed.Number("recorded_samples"), samples.Length);
        Assert.Equal(sent.Length, (int)closed.Number("caller_received_samples"));
        Assert.True(samples.Length >= sent.Length, $"{samples.Length} samples recorded, {sent.Length} sent");
        Assert.Equal(sent, samples[..sent.Length]);
    }

    [Fact]
    public async Task Recording_RecordingEnabledFalse_404NoRecording()
    {
        var tenant = await _api.TenantAsync();
        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge", config: new JsonObject { ["basePrompt"] = "x", ["recordingEnabled"] = false });
        var (callId, url) = await _api.OmniaCallAsync(tenant, agent, "websocket", Options);
        await using (var caller = await StreamCaller.ConnectAsync(url, new GenericDialect(GenericDialect.Pcm(Rate, Rate))))
        {
            await caller.RunAsync(new short[Rate / 5]);
        }

        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        Assert.False(journal.First(e => e.Kind == "media.leg.format").Data["recording"]!.GetValue<bool>());
        var response = await _api.Client.GetAsync($"/_emulator/calls/{callId}/recording");
        Assert.Equal(404, response.Status);
        Assert.Equal("no_recording", response.Obj["code"]!.GetValue<string>());
        OpenApi.AssertConforms("GET", $"/_emulator/calls/{callId}/recording", response);
    }

    private static JsonObject Options => new() { ["inputSampleRate"] = Rate, ["outputSampleRate"] = Rate, ["codec"] = "pcm" };
}
