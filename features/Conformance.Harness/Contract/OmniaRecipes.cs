using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>Omnia Voice's operations (vendors.md §2; specs/omnia.md).</summary>
internal static class OmniaRecipes
{
    private const SurfaceName S = SurfaceName.Omnia;

    private static string UnknownCall => "call_" + ContractContext.Hex(16);

    private static string UnknownAgent => "agt_" + ContractContext.Hex(8);

    public static IEnumerable<OperationRecipe> All =>
    [
        new("createTelephonyCall", S, (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/create", new JsonObject
        {
            ["agentId"] = c.Setting(S, "agents.default"),
            ["connectionType"] = "websocket",
            ["websocket"] = new JsonObject { ["inputSampleRate"] = 16000, ["outputSampleRate"] = 16000, ["codec"] = "pcm" },
        })))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/create", new JsonObject { ["agentId"] = UnknownAgent })),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/create", new JsonObject { ["agentId"] = c.Setting(S, "agents.default"), ["connectionType"] = "fax" })),
        },
        new("createInlineCall", S, (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/inline", Inline())))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/inline", Inline().Set("temperature", 5).Set("maxDuration", 10))),
        },
        new("createOutboundCall", S, (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/outbound", Outbound(c))))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/outbound", Outbound(c).Set("fromNumberId", "num_" + ContractContext.Hex(6)))),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls/outbound", Outbound(c).Set("phoneNumber", "0401234567"))),
        },
        new("createAgentCall", S, (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls", new JsonObject { ["agentId"] = c.Setting(S, "agents.default") })))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls", new JsonObject { ["agentId"] = UnknownAgent })),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/calls", new JsonObject())),
        },
        new("listCallLogs", S, async (c, ct) =>
        {
            await c.OmniaCallAsync(ct);
            return RestRequest.Get("/api/v1/calls?pageSize=10");
        })
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/calls?pageSize=0")),
        },
        new("getCallDetails", S, async (c, ct) => RestRequest.Get($"/api/v1/calls/{(await c.OmniaCallAsync(ct))["id"]}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/api/v1/calls/{UnknownCall}")),
        },
        new("deleteCall", S, async (c, ct) => RestRequest.Delete($"/api/v1/calls/{(await c.OmniaCallAsync(ct))["id"]}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Delete($"/api/v1/calls/{UnknownCall}")),
        },
        new("listAgents", S, (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/agents?limit=20")))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/agents?limit=0")),
        },
        new("createAgent", S, (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/agents", ContractContext.OmniaAgentBody())))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/api/v1/agents", new JsonObject { ["name"] = "" })),
        },
        new("getAgent", S, async (c, ct) => RestRequest.Get($"/api/v1/agents/{await c.OmniaAgentAsync(ct)}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/api/v1/agents/{UnknownAgent}")),
        },
        new("updateAgent", S, async (c, ct) => RestRequest.Patch($"/api/v1/agents/{await c.OmniaAgentAsync(ct)}", new JsonObject { ["description"] = "Answers politely", ["config"] = new JsonObject { ["temperature"] = 0.3 } }))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Patch($"/api/v1/agents/{UnknownAgent}", new JsonObject { ["description"] = "x" })),
            Invalid = async (c, ct) => RestRequest.Patch($"/api/v1/agents/{await c.OmniaAgentAsync(ct)}", new JsonObject { ["config"] = new JsonObject { ["temperature"] = 7 } }),
        },
        new("deleteAgent", S, async (c, ct) => RestRequest.Delete($"/api/v1/agents/{await c.OmniaAgentAsync(ct)}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Delete($"/api/v1/agents/{UnknownAgent}")),
        },
        new("listVoices", S, (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/voices?languageCode=en")))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/voices?sortBy=loudness")),
        },
        new("listLanguages", S, (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/languages")))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/api/v1/languages?isActive=perhaps")),
        },
        new("omniaWebsocket", S, async (c, ct) => RestRequest.Get(Relative((await c.OmniaCallAsync(ct))["websocketUrl"]!.GetValue<string>())))
        {
            IsWebSocket = true,
            UrlIsTheCredential = true,
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get("/ws/" + ContractContext.Hex(16))),
            Invalid = async (c, ct) => RestRequest.Get(Relative((await c.OmniaCallAsync(ct))["websocketUrl"]!.GetValue<string>())) with { Purpose = "open the websocketUrl without an upgrade" },
            Forbidden = async (c, ct) =>
            {
                var path = Relative((await c.OmniaCallAsync(ct))["websocketUrl"]!.GetValue<string>());
                await ContractProbe.UpgradeAsync(c, S, RestRequest.Get(path) with { Auth = RestAuth.None, Purpose = "use the websocketUrl once" }, ct);
                return RestRequest.Get(path) with { Purpose = "open the websocketUrl a second time" };
            },
        },
    ];

    /// <summary>The path of a websocketUrl under the Omnia surface (the emulator serves it there; OMN-WS-001).</summary>
    private static string Relative(string websocketUrl)
    {
        var path = new Uri(websocketUrl).AbsolutePath;
        var ws = path.IndexOf("/ws/", StringComparison.Ordinal);
        return ws >= 0 ? path[ws..] : path;
    }

    private static JsonObject Inline() => new()
    {
        ["systemPrompt"] = "You are a friendly receptionist.",
        ["voice"] = "Mark",
        ["language"] = "en",
        ["greeting"] = "Hello, how can I help?",
        ["connectionType"] = "twilio",
        ["maxDuration"] = 600,
    };

    private static JsonObject Outbound(ContractContext c) => new()
    {
        ["agentId"] = c.Setting(S, "agents.default"),
        ["phoneNumber"] = "+358401234567",
        ["fromNumberId"] = c.Setting(S, "fromNumberId"),
    };

    private static JsonObject Set(this JsonObject o, string name, JsonNode? value)
    {
        o[name] = value;
        return o;
    }
}
