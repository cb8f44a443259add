using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;
using Conformance.Rtc;

namespace Conformance.Harness.Contract;

/// <summary>
/// Fresh resources for contract calls, made through the surfaces' own APIs (sessions, calls,
/// agents, voice connections) — or, for what no API can make (an incoming SIP call, a call forced
/// to in-progress), through the emulator's control plane, so those rows are @emulator-only.
/// </summary>
public sealed class ContractContext(VoiceScenario scenario)
{
    public TargetSession Session => scenario.Session;

    public Task<SurfaceClient> ClientAsync(SurfaceName surface, CancellationToken cancellationToken) => Session.ClientAsync(surface, cancellationToken);

    public static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    public string Setting(SurfaceName surface, string name) =>
        Session.Setting(surface, name) ?? throw new HarnessAssertionException($"The target profile does not name {SurfaceNames.Wire(surface)}.{name}.");

    /// <summary>A real SDP offer from our Rtc stack (its socket is released at once: nobody needs to connect).</summary>
    public async Task<string> OfferAsync(CancellationToken cancellationToken)
    {
        await using var peer = new PeerConnection(new PeerConnectionOptions(), Session.Target.Time);
        return await peer.CreateOfferAsync(null, cancellationToken);
    }

    public async Task<JsonNode> RequireAsync(SurfaceName surface, RestRequest request, int status, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(surface, cancellationToken);
        var exchange = await client.SendAsync(request, cancellationToken);
        return exchange.Status == status
            ? exchange.Json ?? new JsonObject()
            : throw new HarnessAssertionException($"Setting up for the contract call failed (expected {status}): {exchange}");
    }

    public async Task<string> EverrunsSessionAsync(CancellationToken cancellationToken) =>
        (await RequireAsync(SurfaceName.Everruns, RestRequest.Post("/v1/sessions", new JsonObject { ["agent_id"] = Setting(SurfaceName.Everruns, "agents.default") })
            with { Purpose = "a session to call on" }, 201, cancellationToken))["id"]!.GetValue<string>();

    /// <summary>A voice connection without media (created by client-secret), and its session.</summary>
    public async Task<(string Session, string Voice)> EverrunsVoiceConnectionAsync(CancellationToken cancellationToken)
    {
        var session = await EverrunsSessionAsync(cancellationToken);
        var voice = await RequireAsync(SurfaceName.Everruns, RestRequest.Post($"/v1/sessions/{session}/voice/client-secret", new JsonObject())
            with { Purpose = "a voice connection" }, 200, cancellationToken);
        return (session, voice["voice_connection_id"]!.GetValue<string>());
    }

    /// <summary>An OpenAI Realtime WebRTC call of the scenario's tenant; its id from the Location header.</summary>
    public async Task<string> OpenAICallAsync(CancellationToken cancellationToken)
    {
        var client = await ClientAsync(SurfaceName.OpenAI, cancellationToken);
        var exchange = await client.SendAsync(new RestRequest(HttpMethod.Post, "/v1/realtime/calls") { Raw = (await OfferAsync(cancellationToken), "application/sdp"), Purpose = "a realtime call" }, cancellationToken);
        var location = exchange.Status == 201 ? exchange.Header("Location") : null;
        return location?[(location.TrimEnd('/').LastIndexOf('/') + 1)..]
            ?? throw new HarnessAssertionException($"Setting up an OpenAI call failed: {exchange}");
    }

    /// <summary>An incoming SIP call at the OpenAI layer (only an emulator can make one arrive: its control plane).</summary>
    public async Task<string> SipCallAsync(bool accept, CancellationToken cancellationToken)
    {
        var control = Session.Target.Control ?? throw new HarnessAssertionException("An incoming SIP call can only be simulated on an emulator (@emulator-only).");
        var tenant = await Session.TenantAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(control.Base, "openai/sip-calls"))
        {
            Content = new StringContent(new JsonObject { ["tenant"] = tenant["id"]!.GetValue<string>() }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await Session.Target.Http.SendAsync(request, cancellationToken);
        var callId = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["call_id"]?.GetValue<string>()
            ?? throw new HarnessAssertionException($"The emulator did not simulate an incoming SIP call ({(int)response.StatusCode}).");
        if (accept)
        {
            await RequireAsync(SurfaceName.OpenAI, RestRequest.Post($"/v1/realtime/calls/{callId}/accept", new JsonObject { ["type"] = "realtime", ["model"] = "gpt-realtime" }), 200, cancellationToken);
        }

        return callId;
    }

    public async Task<JsonNode> OmniaCallAsync(CancellationToken cancellationToken) =>
        await RequireAsync(SurfaceName.Omnia, RestRequest.Post("/api/v1/calls/create", new JsonObject { ["agentId"] = Setting(SurfaceName.Omnia, "agents.default"), ["connectionType"] = "twilio" })
            with { Purpose = "a call to read" }, 201, cancellationToken);

    public async Task<string> OmniaAgentAsync(CancellationToken cancellationToken) =>
        (await RequireAsync(SurfaceName.Omnia, RestRequest.Post("/api/v1/agents", OmniaAgentBody()) with { Purpose = "an agent to read" }, 201, cancellationToken))["id"]!.GetValue<string>();

    public static JsonObject OmniaAgentBody() => new()
    {
        ["name"] = "Contract agent " + Hex(3),
        ["description"] = "made by a contract scenario",
        ["config"] = new JsonObject { ["basePrompt"] = "You take bookings.", ["languageId"] = "lang_en", ["voiceId"] = "voice_sarah" },
    };

    public string ClutchCallOrg => Setting(SurfaceName.ClutchCall, "orgId");

    public JsonObject Originate() => new()
    {
        ["orgId"] = ClutchCallOrg,
        ["to"] = "+15551234567",
        ["from"] = Setting(SurfaceName.ClutchCall, "from"),
        ["trunkId"] = Setting(SurfaceName.ClutchCall, "trunkId"),
        ["agent"] = Setting(SurfaceName.ClutchCall, "agents.default"),
        ["ringTimeoutSec"] = 30,
    };

    public async Task<string> ClutchCallAsync(CancellationToken cancellationToken) =>
        (await RequireAsync(SurfaceName.ClutchCall, ClutchCallRequests.Mutation("voice.calls.originate", Originate()), 200, cancellationToken))["result"]!["data"]!["sid"]!.GetValue<string>();

    /// <summary>A ClutchCall call brought to in_progress through the emulator's control plane (CTL-CALL-004).</summary>
    public async Task<string> ClutchCallInProgressAsync(CancellationToken cancellationToken)
    {
        var sid = await ClutchCallAsync(cancellationToken);
        var control = Session.Target.Control ?? throw new HarnessAssertionException("Forcing a call to in_progress needs an emulator (@emulator-only).");
        foreach (var state in new[] { "ringing", "active" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(control.Base, $"calls/{sid}/state"))
            {
                Content = new StringContent(new JsonObject { ["state"] = state }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            using var response = await Session.Target.Http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HarnessAssertionException($"The emulator would not move call {sid} to {state}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        return sid;
    }

    public async Task<(string CallId, string EndToken)> VoiceAiCallAsync(CancellationToken cancellationToken)
    {
        var json = await RequireAsync(SurfaceName.VoiceAi, RestRequest.Post("/api/v1/connection/connection-details", new JsonObject { ["agent_id"] = Setting(SurfaceName.VoiceAi, "agents.default") })
            with { Purpose = "a call to end" }, 200, cancellationToken);
        return (json["call_id"]!.GetValue<string>(), json["end_token"]!.GetValue<string>());
    }

    /// <summary>Sets the scenario's key for a surface through the emulator's control plane (credits, rate limit).</summary>
    public async Task PatchKeyAsync(SurfaceName surface, JsonObject patch, CancellationToken cancellationToken)
    {
        var control = Session.Target.Control ?? throw new HarnessAssertionException("Exhausting a key's credits or rate limit needs an emulator's control plane (@emulator-only).");
        await control.UpdateKeyAsync(await Session.ApiKeyAsync(surface, cancellationToken), patch, cancellationToken);
    }

    public static string Query(JsonObject input) => Uri.EscapeDataString(input.ToJsonString());

    public static string Ms(double value) => value.ToString(CultureInfo.InvariantCulture);
}
