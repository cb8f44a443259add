using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Runtime.Support;
using Conformance.Emulator.Tests.Support;
using Conformance.Rtc;

namespace Conformance.Emulator.Tests.Runtime;

/// <summary>
/// RUN-035: malformed input on the media ports never crashes the runtime. A Twilio socket gets the
/// close status its finding maps to (MS-002) and the call fails with the finding journaled; the
/// generic socket answers with an <c>error</c> message and the call goes on (GEN-007); junk
/// datagrams on a WebRTC leg's UDP port are dropped while the agent keeps talking. Each time the
/// next call on the same emulator works.
/// </summary>
public sealed class MalformedMediaInputTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorClient _client = fixture.Client;
    private readonly RuntimeApi _api = new(fixture.Client);

    public static TheoryData<string, WebSocketCloseStatus> TwilioGarbage => new()
    {
        { "{not json", WebSocketCloseStatus.InvalidPayloadData },
        { """{"event":"media","streamSid":"MZ0","media":{"payload":"@@not base64@@"}}""", WebSocketCloseStatus.PolicyViolation },
        { """{"event":"launch_missiles"}""", WebSocketCloseStatus.PolicyViolation },
    };

    [Theory]
    [MemberData(nameof(TwilioGarbage))]
    public async Task Twilio_MalformedMessageAfterStart_ClosedWithItsStatus_CallFailed_NextCallWorks(string garbage, WebSocketCloseStatus expected)
    {
        var tenant = await _api.TenantAsync();
        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge");
        var (callId, url) = await _api.OmniaCallAsync(tenant, agent, "twilio");
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            foreach (var message in new TwilioDialect().Open())
            {
                await socket.SendAsync(message.Data, WebSocketMessageType.Text, true, CancellationToken.None);
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(garbage), WebSocketMessageType.Text, true, CancellationToken.None);
            Assert.Equal(expected, await CloseStatusAsync(socket));
        }

        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        Assert.Contains(journal, e => e.Kind == "media.leg.violation" && e.Data["fatal"]!.GetValue<bool>());
        Assert.Equal("failed", journal.First(e => e.Kind == "media.leg.closed").Text("state"));
        await AssertNextCallSpeaksAsync(tenant, agent, "twilio", () => new TwilioDialect());
    }

    [Fact]
    public async Task Generic_MalformedControlAndOddAudio_ErrorMessagesAndTheCallGoesOn()
    {
        var tenant = await _api.TenantAsync();
        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge");
        var options = new JsonObject { ["inputSampleRate"] = 8000, ["outputSampleRate"] = 8000, ["codec"] = "pcm" };
        var (callId, url) = await _api.OmniaCallAsync(tenant, agent, "websocket", options);
        using (var socket = new ClientWebSocket())
        {
            await socket.ConnectAsync(new Uri(url), CancellationToken.None);
            await socket.SendAsync(new byte[320], WebSocketMessageType.Binary, true, CancellationToken.None);
            await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":"), WebSocketMessageType.Text, true, CancellationToken.None);
            await socket.SendAsync(Encoding.UTF8.GetBytes("""{"type":"no_such_message"}"""), WebSocketMessageType.Text, true, CancellationToken.None);
            await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);

            // Both bad messages get an error; the agent's greeting keeps coming after them.
            var errors = 0;
            var audioAfterErrors = 0;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            while (audioAfterErrors < 10)
            {
                var result = await socket.ReceiveAsync(buffer, timeout.Token);
                Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
                if (result.MessageType == WebSocketMessageType.Text && JsonNode.Parse(buffer.AsSpan(0, result.Count))!["type"]!.GetValue<string>() == "error")
                {
                    errors++;
                }
                else if (result.MessageType == WebSocketMessageType.Binary && errors >= 2)
                {
                    audioAfterErrors++;
                }
            }

            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }

        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        Assert.True(journal.Count(e => e.Kind == "media.leg.violation") >= 2);
        Assert.Equal("ended", journal.First(e => e.Kind == "media.leg.closed").Text("state"));
    }

    [Fact]
    public async Task WebRtc_JunkDatagramsOnTheMediaPort_DroppedWhileTheAgentTalks_NextCallWorks()
    {
        var tenant = await _api.TenantAsync();
        var session = (await _client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
        await using var caller = new RtcCaller(await Offerer.CreateAsync());
        var created = await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/calls", new JsonObject { ["sdp"] = caller.Offerer.Offer }, tenant.Everruns);
        Assert.Equal(200, created.Status);
        var answer = created.Obj["answer_sdp"]!.GetValue<string>();
        var callId = created.Obj["voice_connection_id"]!.GetValue<string>();
        await caller.Offerer.ConnectAsync(answer);

        // Junk of every shape on the emulator's media port (RFC 7983 demultiplexing: STUN, DTLS, RTP/RTCP ranges and none).
        var port = int.Parse(answer.Split("\r\n").First(l => l.StartsWith("m=audio ", StringComparison.Ordinal)).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        using (var udp = new UdpClient(AddressFamily.InterNetwork))
        {
            var random = new Random(6);
            for (var i = 0; i < 300; i++)
            {
                var datagram = new byte[random.Next(0, 1400)];
                random.NextBytes(datagram);
                if (datagram.Length > 0)
                {
                    datagram[0] = (byte)((i % 4) switch { 0 => 0x00, 1 => 0x16, 2 => 0x80, _ => random.Next(256) });
                }

                await udp.SendAsync(datagram, new IPEndPoint(IPAddress.Loopback, port));
            }
        }

        await caller.SendAsync(new short[48000]);
        Assert.True(caller.FirstVoicedAfter(-1000) is not null, "the greeting reaches the caller through the junk");
        await _client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{callId}/end", new JsonObject { ["reason"] = "test over" }, tenant.Everruns);
        var journal = await _api.JournalWhenAsync(callId, "media.leg.closed");
        Assert.DoesNotContain(journal, e => e.Kind == "media.actor.failed");
        Assert.Equal("ended", journal.First(e => e.Kind == "media.leg.closed").Text("state"));

        var agent = await _api.OmniaAgentAsync(tenant, "instant-barge");
        await AssertNextCallSpeaksAsync(tenant, agent, "twilio", () => new TwilioDialect());
    }

    private static async Task<WebSocketCloseStatus?> CloseStatusAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return result.CloseStatus;
            }
        }
    }

    private async Task AssertNextCallSpeaksAsync(TestTenant tenant, string agent, string connectionType, Func<ProviderDialect> dialect)
    {
        var (_, url) = await _api.OmniaCallAsync(tenant, agent, connectionType);
        await using var next = await StreamCaller.ConnectAsync(url, dialect());
        await next.RunAsync(new short[8000 * 6 / 10]);
        Assert.Contains(next.Received, r => r.Action.Kind == AgentActionKind.Audio);
    }
}
