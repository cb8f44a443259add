using System.Text.Json.Nodes;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>ClutchCall's tRPC procedures (vendors.md §3; specs/clutchcall.md).</summary>
internal static class ClutchCallRecipes
{
    private const SurfaceName S = SurfaceName.ClutchCall;

    private static string UnknownSid => "CA" + ContractContext.Hex(16);

    private static RestRequest Get(JsonObject input) => RestRequest.Get("/api/trpc/voice.calls.get?input=" + ContractContext.Query(input));

    public static IEnumerable<OperationRecipe> All =>
    [
        new("voice.calls.originate", S, (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.originate", c.Originate())))
        {
            UnknownId = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.originate", c.Originate().With("trunkId", "trunk_" + ContractContext.Hex(4)))),
            Invalid = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.originate", c.Originate().With("to", "555-1234"))),
            Forbidden = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.originate", c.Originate().With("orgId", "org_someone_else"))),
        },
        new("voice.calls.get", S, async (c, ct) => Get(new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct) }))
        {
            UnknownId = (c, ct) => Task.FromResult(Get(new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = UnknownSid })),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/api/trpc/voice.calls.get?input=" + Uri.EscapeDataString("{not json"))),
            Forbidden = async (c, ct) => Get(new JsonObject { ["orgId"] = "org_someone_else", ["sid"] = await c.ClutchCallAsync(ct) }),
        },
        new("voice.calls.transfer", S, async (c, ct) =>
            ClutchCallRequests.Mutation("voice.calls.transfer", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallInProgressAsync(ct), ["to"] = "+15550009999", ["agent"] = null }))
        {
            UnknownId = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.transfer", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = UnknownSid, ["to"] = "+15550009999" })),
            Invalid = async (c, ct) => ClutchCallRequests.Mutation("voice.calls.transfer", new JsonObject
            {
                ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct), ["to"] = "+15550009999", ["agent"] = c.Setting(S, "agents.default"),
            }),
            Forbidden = async (c, ct) => ClutchCallRequests.Mutation("voice.calls.transfer", new JsonObject { ["orgId"] = "org_someone_else", ["sid"] = await c.ClutchCallAsync(ct), ["to"] = "+15550009999" }),
            Conflict = async (c, ct) => ClutchCallRequests.Mutation("voice.calls.transfer", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct), ["to"] = "+15550009999" }),
        },
        new("voice.calls.hangup", S, async (c, ct) => ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct) }))
        {
            UnknownId = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = UnknownSid })),
            Invalid = (c, ct) => Task.FromResult(ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = c.ClutchCallOrg })),
            Forbidden = async (c, ct) => ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = "org_someone_else", ["sid"] = await c.ClutchCallAsync(ct) }),
        },
        new("voice.agents.attach", S, async (c, ct) => ClutchCallRequests.Mutation("voice.agents.attach", new JsonObject
        {
            ["orgId"] = c.ClutchCallOrg,
            ["sid"] = await c.ClutchCallAsync(ct),
            ["agent"] = new JsonObject
            {
                ["mode"] = "speech_to_speech", ["modelCodec"] = "pcm16", ["inputRateHz"] = 16000, ["outputRateHz"] = 24000,
                ["turnDetection"] = new JsonObject { ["responseMinSpeechMs"] = 600, ["silenceThresholdMs"] = 500, ["bargeConfirmMs"] = 300 },
            },
        }))
        {
            UnknownId = async (c, ct) => ClutchCallRequests.Mutation("voice.agents.attach", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct), ["agent"] = "no-such-agent" }),
            Invalid = async (c, ct) => ClutchCallRequests.Mutation("voice.agents.attach", new JsonObject
            {
                ["orgId"] = c.ClutchCallOrg, ["sid"] = await c.ClutchCallAsync(ct), ["agent"] = new JsonObject { ["turnDetection"] = new JsonObject { ["silenceThresholdMs"] = 5 } },
            }),
            Forbidden = async (c, ct) => ClutchCallRequests.Mutation("voice.agents.attach", new JsonObject { ["orgId"] = "org_someone_else", ["sid"] = await c.ClutchCallAsync(ct), ["agent"] = c.Setting(S, "agents.default") }),
            Conflict = async (c, ct) =>
            {
                var sid = await c.ClutchCallAsync(ct);
                await c.RequireAsync(S, ClutchCallRequests.Mutation("voice.calls.hangup", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = sid }), 200, ct);
                return ClutchCallRequests.Mutation("voice.agents.attach", new JsonObject { ["orgId"] = c.ClutchCallOrg, ["sid"] = sid, ["agent"] = c.Setting(S, "agents.default") });
            },
        },
    ];

    private static JsonObject With(this JsonObject o, string name, JsonNode? value)
    {
        o[name] = value;
        return o;
    }
}
