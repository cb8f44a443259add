using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>The Everruns voice API's operations (vendors.md §1; specs/everruns.md).</summary>
internal static class EverrunsRecipes
{
    private const SurfaceName S = SurfaceName.Everruns;

    /// <summary>An invalid enum value every voice-session body rejects (EVR-OPT-001).</summary>
    private static JsonObject BadOptions() => new() { ["reasoning_effort"] = "extreme" };

    private static string Unknown(string prefix) => $"{prefix}_{ContractContext.Hex(16)}";

    public static IEnumerable<OperationRecipe> All =>
    [
        new("list_agents", S, (c, ct) => Task.FromResult(RestRequest.Get("/v1/agents")))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Get("/v1/agents?limit=0")),
        },
        new("create_agent", S, (c, ct) => Task.FromResult(RestRequest.Post("/v1/agents", NewAgent())))
        {
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/v1/agents", new JsonObject { ["name"] = "Not A Valid Name" })),
            Conflict = async (c, ct) =>
            {
                var body = NewAgent();
                await c.RequireAsync(S, RestRequest.Post("/v1/agents", body), 201, ct);
                return RestRequest.Post("/v1/agents", body);
            },
        },
        new("get_agent", S, (c, ct) => Task.FromResult(RestRequest.Get($"/v1/agents/{c.Setting(S, "agents.default")}")))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/v1/agents/{Unknown("agent")}")),
            MalformedId = (c, ct) => Task.FromResult(RestRequest.Get("/v1/agents/agent_not-an-id")),
        },
        new("create_agent_voice_session", S, async (c, ct) =>
            RestRequest.Post($"/v1/agents/{c.Setting(S, "agents.default")}/voice/sessions", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }))
        {
            UnknownId = async (c, ct) => RestRequest.Post($"/v1/agents/{Unknown("agent")}/voice/sessions", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/agents/{c.Setting(S, "agents.default")}/voice/sessions", BadOptions().WithField("sdp", await c.OfferAsync(ct))),
        },
        new("create_session", S, (c, ct) => Task.FromResult(RestRequest.Post("/v1/sessions", new JsonObject { ["agent_id"] = c.Setting(S, "agents.default"), ["title"] = "contract" })))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post("/v1/sessions", new JsonObject { ["agent_id"] = Unknown("agent") })),
            Invalid = (c, ct) => Task.FromResult(RestRequest.Post("/v1/sessions", new JsonObject { ["agent_id"] = c.Setting(S, "agents.default"), ["agent_name"] = "support" })),
        },
        new("create_chat_voice_session", S, async (c, ct) => RestRequest.Post("/v1/sessions/chat/voice", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }))
        {
            UnknownId = async (c, ct) => RestRequest.Post("/v1/sessions/chat/voice", new JsonObject { ["sdp"] = await c.OfferAsync(ct), ["provider_id"] = Unknown("provider") }),
            Invalid = async (c, ct) => RestRequest.Post("/v1/sessions/chat/voice", BadOptions().WithField("sdp", await c.OfferAsync(ct))),
        },
        new("get_session", S, async (c, ct) => RestRequest.Get($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/v1/sessions/{Unknown("session")}")),
            MalformedId = (c, ct) => Task.FromResult(RestRequest.Get("/v1/sessions/session_123")),
        },
        new("delete_session", S, async (c, ct) => RestRequest.Delete($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}"))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Delete($"/v1/sessions/{Unknown("session")}")),
            MalformedId = (c, ct) => Task.FromResult(RestRequest.Delete("/v1/sessions/sess-1")),
        },
        new("stream_sse", S, async (c, ct) => RestRequest.Get($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/sse"))
        {
            Streams = true,
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Get($"/v1/sessions/{Unknown("session")}/sse")),
            MalformedId = (c, ct) => Task.FromResult(RestRequest.Get("/v1/sessions/not_a_session/sse")),
            Invalid = async (c, ct) => RestRequest.Get($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/sse?since_id=yesterday"),
        },
        new("create_call", S, async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/calls", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }))
        {
            UnknownId = async (c, ct) => RestRequest.Post($"/v1/sessions/{Unknown("session")}/voice/calls", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }),
            MalformedId = async (c, ct) => RestRequest.Post("/v1/sessions/session_xyz/voice/calls", new JsonObject { ["sdp"] = await c.OfferAsync(ct) }),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/calls", new JsonObject { ["sdp"] = await c.OfferAsync(ct), ["provider_id"] = c.Setting(S, "chatOnlyProviderId") }),
        },
        new("create_client_secret", S, async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/client-secret", new JsonObject { ["voice"] = "alloy" }))
        {
            UnknownId = (c, ct) => Task.FromResult(RestRequest.Post($"/v1/sessions/{Unknown("session")}/voice/client-secret", new JsonObject())),
            MalformedId = (c, ct) => Task.FromResult(RestRequest.Post("/v1/sessions/oops/voice/client-secret", new JsonObject())),
            Invalid = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/client-secret", BadOptions()),
        },
        new("attach_call", S, async (c, ct) =>
        {
            var (session, voice) = await c.EverrunsVoiceConnectionAsync(ct);
            return RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/attach", new JsonObject { ["provider_call_id"] = await c.OpenAICallAsync(ct) });
        })
        {
            UnknownId = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/{Unknown("voice")}/attach", new JsonObject { ["provider_call_id"] = "rtc_" + ContractContext.Hex(16) }),
            MalformedId = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/connection-1/attach", new JsonObject { ["provider_call_id"] = "rtc_" + ContractContext.Hex(16) }),
            Invalid = async (c, ct) =>
            {
                var (session, voice) = await c.EverrunsVoiceConnectionAsync(ct);
                return RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/attach", new JsonObject { ["provider_call_id"] = "call 42" });
            },
            Conflict = async (c, ct) =>
            {
                var (session, voice) = await c.EverrunsVoiceConnectionAsync(ct);
                await c.RequireAsync(S, RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/end", new JsonObject()), 200, ct);
                return RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/attach", new JsonObject { ["provider_call_id"] = await c.OpenAICallAsync(ct) });
            },
        },
        new("end_call", S, async (c, ct) =>
        {
            var (session, voice) = await c.EverrunsVoiceConnectionAsync(ct);
            return RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/end", new JsonObject { ["reason"] = "contract" });
        })
        {
            UnknownId = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/{Unknown("voice")}/end", new JsonObject()),
            MalformedId = async (c, ct) => RestRequest.Post($"/v1/sessions/{await c.EverrunsSessionAsync(ct)}/voice/v-1/end", new JsonObject()),
            Invalid = async (c, ct) =>
            {
                var (session, voice) = await c.EverrunsVoiceConnectionAsync(ct);
                return RestRequest.Post($"/v1/sessions/{session}/voice/{voice}/end", new JsonObject { ["reason"] = 42 });
            },
        },
    ];

    private static JsonObject NewAgent() => new()
    {
        ["name"] = "contract-agent-" + ContractContext.Hex(4),
        ["system_prompt"] = "You are a helpful voice assistant.",
        ["description"] = "made by a contract scenario",
    };

    private static JsonObject WithField(this JsonObject o, string name, string value)
    {
        o[name] = value;
        return o;
    }
}
