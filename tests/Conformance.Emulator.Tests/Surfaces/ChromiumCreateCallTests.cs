using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;
using Conformance.TestSupport.Browser;

namespace Conformance.Emulator.Tests.Surfaces;

/// <summary>
/// Issue 5's done-when: Everruns create_call with a real Chromium offer returns an answer_sdp the
/// browser accepts — its RTCPeerConnection reaches connectionState "connected" — for the
/// default offer and for a PCMU-only one (setCodecPreferences). Fails loudly when Chromium
/// cannot run (InteropPeerUnavailableException).
/// </summary>
[Trait("Category", "Interop")]
public sealed class ChromiumCreateCallTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly TimeSpan s_connect = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task EverrunsCreateCall_ChromiumOffer_BrowserReachesConnected()
    {
        await using var chromium = await ChromiumSession.LaunchAsync();
        var tenant = await TestTenant.CreateAsync(fixture.Client);
        var session = (await fixture.Client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();

        foreach (var codecs in new IReadOnlyList<string>?[] { null, ["PCMU/8000", "telephone-event/8000"] })
        {
            await using var page = await chromium.OpenPageAsync(WebRtcTestPage.Html);
            var offer = await page.CreateOfferAsync(codecs, dataChannel: "oai-events");
            var created = await fixture.Client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = offer }, tenant.Everruns);
            Assert.True(created.Status == 200, created.ToString());
            OpenApi.AssertConforms("POST", $"/everruns/v1/sessions/{session}/voice/calls", created);

            await page.ApplyAnswerAsync(created.Obj["answer_sdp"]!.GetValue<string>());
            await page.WaitForConnectionStateAsync("connected", s_connect);
            Assert.Equal("connected", await page.ConnectionStateAsync());

            var voiceId = created.Obj["voice_connection_id"]!.GetValue<string>();
            Assert.True(await Eventually.TrueAsync(async () => (await fixture.Client.GetAsync($"/_emulator/calls/{voiceId}")).Obj["state"]!.GetValue<string>() == "active", s_connect));
            if (codecs is not null)
            {
                Assert.Contains("PCMU/8000", created.Obj["answer_sdp"]!.GetValue<string>(), StringComparison.Ordinal);
            }

            await fixture.Client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voiceId}/end", new JsonObject(), tenant.Everruns);
        }
    }
}
