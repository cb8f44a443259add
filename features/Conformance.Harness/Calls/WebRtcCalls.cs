using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Harness.Drivers;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Drivers.Browser;
using Conformance.Harness.Drivers.WebRtc;
using Conformance.Harness.Targets;
using Conformance.Rtc;

namespace Conformance.Harness.Calls;

/// <summary>
/// WebRTC calls from our own offerer: Everruns (<c>POST /v1/agents/{agent_id}/voice/sessions</c>,
/// which creates a session and its call from the offer; vendors.md §1.2) and the OpenAI Realtime
/// layer (<c>POST /v1/realtime/calls</c>, multipart with the session config; §5.1).
/// </summary>
public static class WebRtcCalls
{
    public static IReadOnlyList<AudioCodec> Codecs(IEnumerable<string> names) =>
        [.. names.Select(n => n.Trim().ToUpperInvariant() switch
        {
            "OPUS" => AudioCodec.Opus,
            "PCMU" => AudioCodec.Pcmu,
            "PCMA" => AudioCodec.Pcma,
            _ => throw new ArgumentException($"Our offerer offers opus, PCMU or PCMA, not '{n}'.", nameof(names)),
        })];

    /// <summary>An Everruns call: the offer goes to the agent's voice-session route; its answer connects us (our offerer, or Chromium for the browser).</summary>
    public static async Task<PlacedCall> PlaceEverrunsAsync(
        TargetSession session, AgentDirectory agents, AgentPlan plan, CallTransport transport, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(transport);
        var everruns = await session.ClientAsync(SurfaceName.Everruns, cancellationToken);
        var agentId = await agents.AgentIdAsync(SurfaceName.Everruns, plan, cancellationToken);
        RestExchange? created = null;
        async Task<string?> ExchangeAsync(string offer, CancellationToken ct)
        {
            created = await everruns.SendAsync(
                RestRequest.Post($"/v1/agents/{agentId}/voice/sessions", new JsonObject { ["sdp"] = offer }) with { Purpose = "create an Everruns voice session with a WebRTC call" },
                ct);
            return created.Status is 200 or 201
                ? created.Json?["voice"]?["answer_sdp"]?.GetValue<string>() ?? throw new HarnessAssertionException($"Everruns answered without voice.answer_sdp: {created}")
                : throw new HarnessAssertionException($"Everruns did not create the call: {created}");
        }

        ICallerLeg leg = transport.Kind == CallTransportKind.Browser
            ? (await BrowserCall.ConnectAsync(null, ExchangeAsync, session.Target.Time, options, cancellationToken))!
            : (await WebRtcCall.ConnectAsync(Codecs(transport.OfferedCodecs), ExchangeAsync, "webrtc", session.Target.Time, options, cancellationToken))!;
        var json = created!.Json!.AsObject();
        var details = new JsonObject
        {
            ["session_id"] = json["session"]?["id"]?.DeepClone(),
            ["voice_connection_id"] = json["voice"]?["voice_connection_id"]?.DeepClone(),
            ["expires_at"] = json["voice"]?["expires_at"]?.DeepClone(),
            ["provider_call_id"] = json["voice"]?["provider_call_id"]?.DeepClone(),
        };
        return new PlacedCall(SurfaceName.Everruns, transport, leg, details["voice_connection_id"]!.GetValue<string>(), details);
    }

    /// <summary>
    /// Sends an offer to a surface and returns the exchange, without connecting (for offers the
    /// surface should refuse).
    /// </summary>
    public static async Task<RestExchange> OfferOnlyAsync(
        TargetSession session, AgentDirectory agents, SurfaceName surface, IReadOnlyList<(string Name, int PayloadType, int ClockRate)> codecs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agents);
        string offer;
        await using (var peer = new PeerConnection(new PeerConnectionOptions(), session.Target.Time))
        {
            offer = OfferRewriter.WithOnlyCodecs(await peer.CreateOfferAsync(new Rtc.Sdp.OfferOptions { Codecs = [AudioCodec.Pcmu], TelephoneEvent = false }, cancellationToken), codecs);
        }

        if (surface == SurfaceName.OpenAI)
        {
            var openai = await session.ClientAsync(SurfaceName.OpenAI, cancellationToken);
            return await openai.SendAsync(RealtimeCallRequest(offer, null) with { Purpose = "offer to the OpenAI Realtime layer" }, cancellationToken);
        }

        var everruns = await session.ClientAsync(SurfaceName.Everruns, cancellationToken);
        var agentId = await agents.AgentIdAsync(SurfaceName.Everruns, AgentPlan.Greeter(), cancellationToken);
        return await everruns.SendAsync(
            RestRequest.Post($"/v1/agents/{agentId}/voice/sessions", new JsonObject { ["sdp"] = offer }) with { Purpose = "offer to Everruns" }, cancellationToken);
    }

    /// <summary>An OpenAI Realtime call (unified interface: the server posts the offer with its key, and the session's turn detection).</summary>
    public static async Task<PlacedCall> PlaceOpenAIAsync(
        TargetSession session, AgentPlan plan, CallTransport transport, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(transport);
        var openai = await session.ClientAsync(SurfaceName.OpenAI, cancellationToken);
        RestExchange? created = null;
        var leg = await WebRtcCall.ConnectAsync(Codecs(transport.OfferedCodecs), async (offer, ct) =>
        {
            created = await openai.SendAsync(RealtimeCallRequest(offer, SessionConfig(session, plan)) with { Purpose = "create an OpenAI Realtime call" }, ct);
            return created.Status == 201 && !string.IsNullOrEmpty(created.ResponseBody)
                ? created.ResponseBody
                : throw new HarnessAssertionException($"The OpenAI Realtime layer did not create the call: {created}");
        }, "webrtc", session.Target.Time, options, cancellationToken);
        var location = created!.Header("Location") ?? throw new HarnessAssertionException($"The OpenAI call was created without a Location header: {created}");
        var callId = location.TrimEnd('/')[(location.TrimEnd('/').LastIndexOf('/') + 1)..];
        return new PlacedCall(SurfaceName.OpenAI, transport, leg!, callId, new JsonObject { ["call_id"] = callId, ["location"] = location });
    }

    /// <summary>The session config: server VAD with the plan's trailing silence (OpenAI's own knob; vendors.md §5.7).</summary>
    private static JsonObject SessionConfig(TargetSession session, AgentPlan plan)
    {
        var config = new JsonObject { ["type"] = "realtime", ["model"] = session.Setting(SurfaceName.OpenAI, "model") ?? "gpt-realtime" };
        if (plan.SilenceThresholdMs is { } silence)
        {
            config["audio"] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["turn_detection"] = new JsonObject { ["type"] = "server_vad", ["silence_duration_ms"] = silence, ["create_response"] = true, ["interrupt_response"] = true },
                },
            };
        }

        return config;
    }

    private static RestRequest RealtimeCallRequest(string offer, JsonObject? sessionConfig)
    {
        var multipart = new MultipartFormDataContent();
        var sdp = new StringContent(offer, Encoding.UTF8);
        sdp.Headers.ContentType = new MediaTypeHeaderValue("application/sdp");
        multipart.Add(sdp, "sdp");
        var text = new StringBuilder("--- sdp ---\n").Append(offer);
        if (sessionConfig is not null)
        {
            var json = new StringContent(sessionConfig.ToJsonString(), Encoding.UTF8);
            json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            multipart.Add(json, "session");
            text.Append("\n--- session ---\n").Append(sessionConfig.ToJsonString());
        }

        return new RestRequest(HttpMethod.Post, "/v1/realtime/calls")
        {
            Content = multipart,
            Raw = (text.ToString(), "multipart/form-data"),
            Headers = new Dictionary<string, string> { ["Accept"] = "application/sdp" },
        };
    }
}
