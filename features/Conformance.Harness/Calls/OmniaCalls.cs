using System.Text.Json.Nodes;
using Conformance.Harness.Drivers;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Targets;
using Conformance.Streams;
using Conformance.Streams.Generic;

namespace Conformance.Harness.Calls;

/// <summary>
/// Omnia calls over media streams (vendors.md §2.3–2.5): <c>POST /calls/create</c> for a saved
/// agent (or <c>/calls/inline</c> when the scenario is about Omnia's own behaviour fields), then
/// the harness plays the carrier and connects to the single-use <c>websocketUrl</c>.
/// </summary>
public static class OmniaCalls
{
    public const string Greeting = "Hello, thanks for calling. How can I help?";

    public static async Task<PlacedCall> PlaceAsync(
        TargetSession session, AgentDirectory agents, AgentPlan plan, CallTransport transport, CallerLegOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(transport);
        var created = await CreateAsync(session, agents, plan, transport, cancellationToken);
        var url = created.Json?["websocketUrl"]?.GetValue<string>()
            ?? throw new HarnessAssertionException($"Omnia created the call without a websocketUrl: {created}");
        var leg = await MediaStreamCall.ConnectAsync(new Uri(url), Provider(transport, session.Target.Time), session.Target.Time, options, cancellationToken);
        return new PlacedCall(SurfaceName.Omnia, transport, leg, created.Json!["id"]!.GetValue<string>(), created.Json!.AsObject());
    }

    /// <summary>Creates the call (201 expected) without connecting to it.</summary>
    public static async Task<RestExchange> CreateAsync(TargetSession session, AgentDirectory agents, AgentPlan plan, CallTransport transport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(transport);
        var omnia = await session.ClientAsync(SurfaceName.Omnia, cancellationToken);
        JsonObject body;
        string path;
        if (plan.OmniaInline is { } inline)
        {
            path = "/api/v1/calls/inline";
            body = new JsonObject
            {
                ["systemPrompt"] = "You are the front desk of a conformance test.",
                ["voice"] = "Mark",
                ["language"] = "en",
                ["greeting"] = Greeting,
            };
            foreach (var (name, value) in inline)
            {
                body[name] = value?.DeepClone();
            }
        }
        else
        {
            path = "/api/v1/calls/create";
            body = new JsonObject { ["agentId"] = await agents.AgentIdAsync(SurfaceName.Omnia, plan, cancellationToken) };
        }

        body["connectionType"] = ConnectionType(transport);
        if (transport.Kind == CallTransportKind.Generic)
        {
            body["websocket"] = new JsonObject { ["inputSampleRate"] = transport.GenericRate, ["outputSampleRate"] = transport.GenericRate, ["codec"] = "pcm" };
        }

        var exchange = await omnia.SendAsync(RestRequest.Post(path, body) with { Purpose = $"create an Omnia call over {transport}" }, cancellationToken);
        return exchange.Status == 201
            ? exchange
            : throw new HarnessAssertionException($"Omnia did not create the call (expected 201): {exchange}");
    }

    /// <summary>The provider side for a media-stream transport.</summary>
    public static IProviderProtocol Provider(CallTransport transport, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(transport);
        return transport.Kind switch
        {
            CallTransportKind.Twilio => new TwilioProvider(),
            CallTransportKind.Telnyx => new TelnyxProvider(transport.TelnyxCodec == "PCMA" ? StreamAudioFormat.ALaw8k : StreamAudioFormat.MuLaw8k, time),
            CallTransportKind.Plivo => new PlivoProvider(StreamAudioFormat.MuLaw8k, time),
            CallTransportKind.Generic => new GenericProvider(new GenericStreamFormat(transport.GenericRate, transport.GenericRate)),
            _ => throw new ArgumentException($"{transport} is not a media-stream transport.", nameof(transport)),
        };
    }

    private static string ConnectionType(CallTransport transport) => transport.Kind switch
    {
        CallTransportKind.Twilio => "twilio",
        CallTransportKind.Telnyx => "telnyx",
        CallTransportKind.Plivo => "plivo",
        CallTransportKind.Generic => "websocket",
        _ => throw new ArgumentException($"Omnia has no connectionType for {transport}.", nameof(transport)),
    };
}
