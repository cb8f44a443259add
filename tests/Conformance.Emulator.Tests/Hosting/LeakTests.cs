using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Hosting;

/// <summary>Nothing outlives a call: after every surface's calls end, no live call, token, client secret, SSE subscriber or media resource remains.</summary>
public sealed class LeakTests
{
    [Fact]
    public async Task CallsOnEverySurface_Ended_LeaveNothingLive()
    {
        await using var emulator = await InProcessEmulator.StartAsync();
        var client = emulator.Client;
        var tenant = await TestTenant.CreateAsync(client);

        for (var round = 0; round < 3; round++)
        {
            var session = (await client.PostJsonAsync("/everruns/v1/sessions", new JsonObject(), tenant.Everruns)).Obj["id"]!.GetValue<string>();
            using (var sse = await SseReader.OpenAsync(client.BaseUrl, $"/everruns/v1/sessions/{session}/sse", tenant.EverrunsKey))
            {
                await sse.NextAsync(TimeSpan.FromSeconds(20));
                var voice = (await client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/client-secret", new JsonObject(), tenant.Everruns)).Obj["voice_connection_id"]!.GetValue<string>();
                await client.PostJsonAsync($"/everruns/v1/sessions/{session}/voice/{voice}/end", new JsonObject(), tenant.Everruns);
                await sse.NextAsync(TimeSpan.FromSeconds(20));
            }

            var sip = (await client.PostJsonAsync("/_emulator/openai/sip-calls", new JsonObject { ["tenant"] = tenant.Id })).Obj["call_id"]!.GetValue<string>();
            await client.PostJsonAsync($"/openai/v1/realtime/calls/{sip}/hangup", null, tenant.OpenAI);

            var used = (await client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, tenant.Omnia)).Obj;
            using (var socket = await client.ConnectAsync(used["websocketUrl"]!.GetValue<string>()))
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            {
                // A Twilio-protocol socket whose provider never starts: the client hangs up, the server completes the close.
                await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }

            var unused = (await client.PostJsonAsync("/omnia/api/v1/calls/inline", new JsonObject { ["systemPrompt"] = "x", ["voice"] = "Mark", ["language"] = "en" }, tenant.Omnia)).Obj;
            await client.DeleteAsync($"/omnia/api/v1/calls/{unused["id"]}", tenant.Omnia);

            var sid = (await client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.originate", new JsonObject
            {
                ["orgId"] = tenant.ClutchCallOrgId, ["to"] = "+15551234567", ["from"] = "+15557654321", ["trunkId"] = "trunk_main",
            }, tenant.ClutchCall)).Obj["result"]!["data"]!["sid"]!.GetValue<string>();
            await client.PostJsonAsync("/clutchcall/api/trpc/voice.calls.hangup", new JsonObject { ["orgId"] = tenant.ClutchCallOrgId, ["sid"] = sid }, tenant.ClutchCall);

            var voiceAi = (await client.PostJsonAsync("/voiceai/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = "default-agent" }, tenant.VoiceAi)).Obj;
            await client.PostJsonAsync($"/voiceai/api/v1/calls/{voiceAi["call_id"]}/end", null, Auth.Bearer(voiceAi["end_token"]!.GetValue<string>()));
        }

        // Client secrets (Everruns client-secret flow) live until they expire: let them.
        await client.PostJsonAsync("/_emulator/clock/advance", new JsonObject { ["seconds"] = 601 });

        JsonObject diagnostics = [];
        var clean = await Eventually.TrueAsync(async () =>
        {
            diagnostics = (await client.GetAsync("/_emulator/diagnostics")).Obj;
            return diagnostics["live_calls"]!.GetValue<int>() == 0
                && diagnostics["live_tokens"]!.GetValue<int>() == 0
                && diagnostics["client_secrets"]!.GetValue<int>() == 0
                && diagnostics["sse_subscribers"]!.GetValue<int>() == 0
                && diagnostics["call_resources"]!.GetValue<int>() == 0;
        });
        Assert.True(clean, $"left live: {diagnostics.ToJsonString()}");
        Assert.Equal(15, diagnostics["calls"]!.GetValue<int>()); // 6 calls a round, the deleted Omnia call gone from the logs
    }
}
