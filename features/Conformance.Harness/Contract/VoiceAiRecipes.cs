using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>Voice.ai's Agent Connection operations (vendors.md §4; specs/voiceai.md).</summary>
internal static class VoiceAiRecipes
{
    private const SurfaceName S = SurfaceName.VoiceAi;

    public static IEnumerable<OperationRecipe> All =>
    [
        Details("get_connection_details_api_v1_connection_connection_details_post", "/api/v1/connection/connection-details"),
        Details("get_test_connection_details", "/api/v1/connection/test-connection-details"),
        new("end_call_api_v1_calls_call_id_end_post", S, async (c, ct) =>
        {
            var (call, token) = await c.VoiceAiCallAsync(ct);
            return RestRequest.Post($"/api/v1/calls/{call}/end", null) with { Auth = RestAuth.With(token) };
        })
        {
            ValidWithKey = async (c, ct) => RestRequest.Post($"/api/v1/calls/{(await c.VoiceAiCallAsync(ct)).CallId}/end", null),
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/api/v1/calls/{Guid.NewGuid()}/end", null)),
            Invalid = async (c, ct) =>
            {
                var (call, token) = await c.VoiceAiCallAsync(ct);
                return RestRequest.Post($"/api/v1/calls/{call}/end?actual_duration_seconds=-5", null) with { Auth = RestAuth.With(token) };
            },
            Forbidden = async (c, ct) =>
            {
                var (_, token) = await c.VoiceAiCallAsync(ct);
                var (other, _) = await c.VoiceAiCallAsync(ct);
                return RestRequest.Post($"/api/v1/calls/{other}/end", null) with { Auth = RestAuth.With(token) };
            },
        },
        new("livekit_signalling", S, (c, ct) => Task.FromResult(RestRequest.Get("/livekit") with { Auth = RestAuth.None })),
    ];

    private static OperationRecipe Details(string operationId, string path) => new(operationId, S, (c, ct) => Task.FromResult(RestRequest.Post(path, new JsonObject
    {
        ["agent_id"] = c.Setting(S, "agents.default"),
        ["dynamic_variables"] = new JsonObject { ["customer_name"] = "Ada", ["order_count"] = 3 },
    })))
    {
        UnknownId = (c, ct) => Task.FromResult(RestRequest.Post(path, new JsonObject { ["agent_id"] = "agent-" + ContractContext.Hex(6) })),
        Invalid = (c, ct) => Task.FromResult(RestRequest.Post(path, new JsonObject { ["agent_id"] = null, ["dynamic_variables"] = "not an object" })),
        Forbidden = (c, ct) => Task.FromResult(RestRequest.Post(path, new JsonObject { ["agent_id"] = c.Setting(S, "agents.paused") })),
    };
}
