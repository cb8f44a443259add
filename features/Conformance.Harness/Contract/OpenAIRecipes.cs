using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>The OpenAI Realtime layer's operations (vendors.md §5; specs/openai.md).</summary>
internal static class OpenAIRecipes
{
    private const SurfaceName S = SurfaceName.OpenAI;

    private static string UnknownCall => "rtc_" + ContractContext.Hex(16);

    public static IEnumerable<OperationRecipe> All =>
    [
        new("create-realtime-call", S, async (c, ct) => new RestRequest(HttpMethod.Post, "/v1/realtime/calls") { Raw = (await c.OfferAsync(ct), "application/sdp") })
        {
            Invalid = (c, ct) => Task.FromResult(new RestRequest(HttpMethod.Post, "/v1/realtime/calls") { Raw = ("v=0\r\nthis is not an offer\r\n", "application/sdp") }),
        },
        new("create-realtime-client-secret", S, (c, ct) => Task.FromResult(RestRequest.Post("/v1/realtime/client_secrets", new JsonObject
        {
            ["expires_after"] = new JsonObject { ["anchor"] = "created_at", ["seconds"] = 600 },
            ["session"] = new JsonObject { ["type"] = "realtime", ["model"] = "gpt-realtime" },
        })))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/v1/realtime/client_secrets", new JsonObject
            {
                ["expires_after"] = new JsonObject { ["anchor"] = "created_at", ["seconds"] = 5 },
            })),
        },
        new("accept-realtime-call", S, async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: false, ct)}/accept", Session()))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/v1/realtime/calls/{UnknownCall}/accept", Session())),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: false, ct)}/accept", new JsonObject { ["type"] = "transcription" }),
        },
        new("reject-realtime-call", S, async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: false, ct)}/reject", new JsonObject { ["status_code"] = 486 }))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/v1/realtime/calls/{UnknownCall}/reject", new JsonObject())),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: false, ct)}/reject", new JsonObject { ["status_code"] = 200 }),
        },
        new("refer-realtime-call", S, async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: true, ct)}/refer", new JsonObject { ["target_uri"] = "tel:+14155550123" }))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/v1/realtime/calls/{UnknownCall}/refer", new JsonObject { ["target_uri"] = "tel:+14155550123" })),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.SipCallAsync(accept: true, ct)}/refer", new JsonObject { ["target_uri"] = "ftp://nowhere" }),
        },
        new("hangup-realtime-call", S, async (c, ct) => RestRequest.Post($"/v1/realtime/calls/{await c.OpenAICallAsync(ct)}/hangup", null))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/v1/realtime/calls/{UnknownCall}/hangup", null)),
            Invalid = async (c, ct) =>
            {
                var call = await c.OpenAICallAsync(ct);
                var client = await c.ClientAsync(S, ct);
                await client.SendAsync(RestRequest.Post($"/v1/realtime/calls/{call}/hangup", null) with { Purpose = "hang up once" }, ct);
                return RestRequest.Post($"/v1/realtime/calls/{call}/hangup", null) with { Purpose = "hang up a call that is over" };
            },
        },
        new("realtime-socket", S, (c, ct) => Task.FromResult(RestRequest.Get("/v1/realtime?model=gpt-realtime")))
        {
            IsWebSocket = true,
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/v1/realtime?call_id={UnknownCall}")),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/v1/realtime")),
        },
    ];

    private static JsonObject Session() => new() { ["type"] = "realtime", ["model"] = "gpt-realtime", ["instructions"] = "You are a support agent." };
}
