using System.Text.Json.Nodes;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>The REST and control calls the runtime tests make: tenants, agents, calls, journals, deviations.</summary>
internal sealed class RuntimeApi(EmulatorClient client)
{
    public EmulatorClient Client => client;

    public Task<TestTenant> TenantAsync() => TestTenant.CreateAsync(client);

    /// <summary>An Omnia agent playing <paramref name="persona"/>, with turn knobs and Omnia config (e.g. interruptible).</summary>
    public async Task<string> OmniaAgentAsync(TestTenant tenant, string persona, JsonObject? turn = null, JsonObject? config = null)
    {
        var body = new JsonObject { ["surface"] = "omnia", ["name"] = "runtime test", ["status"] = "ACTIVE", ["persona"] = persona };
        if (turn is not null)
        {
            body["turn"] = turn;
        }

        body["config"] = config ?? new JsonObject { ["basePrompt"] = "You are a test agent." };
        var response = await client.PostJsonAsync($"/_emulator/tenants/{tenant.Id}/agents", body);
        Assert.True(response.Status == 201, response.ToString());
        return response.Obj["id"]!.GetValue<string>();
    }

    /// <summary>POST /calls/create: the call id and its websocketUrl.</summary>
    public async Task<(string CallId, string Url)> OmniaCallAsync(TestTenant tenant, string agentId, string connectionType, JsonObject? websocket = null)
    {
        var body = new JsonObject { ["agentId"] = agentId, ["connectionType"] = connectionType };
        if (websocket is not null)
        {
            body["websocket"] = websocket;
        }

        var response = await client.PostJsonAsync("/omnia/api/v1/calls/create", body, tenant.Omnia);
        Assert.True(response.Status == 201, response.ToString());
        return (response.Obj["id"]!.GetValue<string>(), response.Obj["websocketUrl"]!.GetValue<string>());
    }

    public async Task<List<JournalEntryView>> JournalAsync(string callId, params string[] kinds)
    {
        var entries = new List<JournalEntryView>();
        long after = 0;
        while (true)
        {
            var query = string.Concat(kinds.Select(k => $"&kind={Uri.EscapeDataString(k)}"));
            var response = await client.GetAsync($"/_emulator/calls/{callId}/journal?limit=10000&after={after}{query}");
            Assert.True(response.Status == 200, response.ToString());
            var page = response.Obj["entries"]!.AsArray();
            entries.AddRange(page.Select(e => new JournalEntryView(
                e!["seq"]!.GetValue<long>(), e["kind"]!.GetValue<string>(), e["media_time_ms"]?.GetValue<double>(), e["data"]!.AsObject())));
            if (page.Count < 10000)
            {
                return entries;
            }

            after = response.Obj["next_after"]!.GetValue<long>();
        }
    }

    public async Task<JsonObject> CallAsync(string callId)
    {
        var response = await client.GetAsync($"/_emulator/calls/{callId}");
        Assert.True(response.Status == 200, response.ToString());
        return response.Obj;
    }

    /// <summary>Polls the journal until an entry of <paramref name="kind"/> appears (the actor writes asynchronously).</summary>
    public async Task<List<JournalEntryView>> JournalWhenAsync(string callId, string kind, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var entries = await JournalAsync(callId);
            if (entries.Any(e => e.Kind == kind) || DateTime.UtcNow > deadline)
            {
                return entries;
            }

            await Task.Delay(50);
        }
    }

    public async Task<string> DeviationAsync(string name, JsonObject? parameters, string? tenantId = null)
    {
        var body = new JsonObject { ["name"] = name, ["parameters"] = parameters ?? [] };
        if (tenantId is not null)
        {
            body["tenant"] = tenantId;
        }

        var response = await client.PostJsonAsync("/_emulator/deviations", body);
        Assert.True(response.Status == 201, response.ToString());
        return response.Obj["id"]!.GetValue<string>();
    }
}
