using System.Text.Json.Nodes;
using Conformance.Emulator.Events;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Emulator.Surfaces.OpenAI;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// The Everruns voice bootstrap shared by create_call, the agent/chat voice-session routes and
/// client-secret/attach: resolve session, provider and defaults, answer the SDP with a real
/// answerer, register the call (an Everruns voice connection that is also an OpenAI <c>rtc_…</c>
/// call, as the Everruns server proxies the offer to OpenAI; vendors.md §1.2), hand the leg to
/// the runtime and publish <c>voice.session.started</c>.
/// </summary>
public sealed class EverrunsVoice
{
    public const string DefaultModel = "gpt-realtime-2";
    public const string DefaultVoice = "marin";
    public const string DefaultReasoningEffort = "low";

    private readonly EmulatorStore _store;
    private readonly CallLifecycle _lifecycle;
    private readonly ICallRuntime _runtime;
    private readonly IWebRtcAnswerer _answerer;

    public EverrunsVoice(EmulatorStore store, CallLifecycle lifecycle, ICallRuntime runtime, IWebRtcAnswerer answerer)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _lifecycle = lifecycle ?? throw new ArgumentNullException(nameof(lifecycle));
        _runtime = runtime ?? throw new ArgumentNullException(nameof(runtime));
        _answerer = answerer ?? throw new ArgumentNullException(nameof(answerer));
    }

    public EmulatorStore Store => _store;

    /// <summary>The caller's session: well-formed id (400), visible to this tenant (404).</summary>
    public EverrunsSession RequireSession(HttpContext http, string sessionId)
    {
        EverrunsIds.RequireWellFormed(http, sessionId, "session", "session");
        var session = _store.FindSession(sessionId);
        if (session is null || session.TenantId != http.Caller().TenantId)
        {
            EverrunsProblems.Throw(EverrunsError.NotFound, $"Session {sessionId} not found in org {http.Caller().Tenant.EverrunsOrgId}.", "session_not_found");
        }

        return session;
    }

    /// <summary>Voice is an org feature flag; off, every voice route answers 404 (EVR-FLAG-001).</summary>
    public static void RequireVoiceEnabled(HttpContext http)
    {
        if (!http.Caller().Tenant.VoiceEnabled)
        {
            EverrunsProblems.Throw(EverrunsError.VoiceDisabled, "Voice is disabled for the org");
        }
    }

    /// <summary>Reads a voice request body: the shared options plus, for create_call, the required <c>sdp</c>.</summary>
    public static async Task<(EverrunsVoiceOptions Options, string? Sdp, FieldReader Reader)> ReadBodyAsync(HttpContext http, bool sdpRequired, bool sdpForbidden = false)
    {
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var options = EverrunsVoiceOptions.Parse(reader);
        string? sdp = null;
        if (sdpForbidden && body.ContainsKey("sdp"))
        {
            reader.Fail("sdp", FieldErrorKind.Unknown, "sdp is not accepted by create_client_secret: the browser posts its offer to the provider itself");
        }
        else if (sdpRequired)
        {
            sdp = reader.ReadString("sdp", required: true, minLength: 1, maxLength: 64 * 1024);
        }

        return (options, sdp, reader);
    }

    public static void ThrowIfInvalid(FieldReader reader)
    {
        if (!reader.IsValid)
        {
            throw new ApiErrorException(new EverrunsErrorShape().FromFields(reader.Errors));
        }
    }

    /// <summary>Model, voice and effort: the request's, else the agent's, else the platform defaults (vendors.md §1.3, §1.8).</summary>
    public (ProviderConnection Provider, string Model, string Voice, string Effort) Resolve(Tenant tenant, EverrunsSession session, EverrunsVoiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(options);
        ProviderConnection? provider;
        lock (_store.Sync)
        {
            if (options.ProviderId is { } requested)
            {
                provider = tenant.Providers.GetValueOrDefault(EverrunsIds.CanonicalProviderId(requested));
                if (provider is null)
                {
                    EverrunsProblems.Throw(EverrunsError.NotFound, $"Provider {requested} not found in org {tenant.EverrunsOrgId}.", "provider_not_found");
                }

                if (!provider.HasRealtime)
                {
                    EverrunsProblems.Throw(EverrunsError.ProviderNotRealtime, $"Provider {requested} ({provider.Driver}) does not declare the realtime service.");
                }
            }
            else
            {
                provider = tenant.Providers.Values.FirstOrDefault(p => p.HasRealtime)
                    ?? EverrunsProblems.Throw<ProviderConnection>(EverrunsError.ProviderNotRealtime, "The org has no provider connection that declares the realtime service.");
            }

            var agent = session.AgentId is { } agentId ? tenant.EverrunsAgents.GetValueOrDefault(agentId) : null;
            var model = options.Model ?? agent?.Config["voice_model"]?.GetValue<string>() ?? DefaultModel;
            var voice = options.Voice ?? agent?.Config["voice"]?.GetValue<string>() ?? DefaultVoice;
            var effort = options.ReasoningEffort ?? DefaultReasoningEffort;
            return (provider, model, voice, effort);
        }
    }

    /// <summary>create_call: answer the offer, register the call, hand the leg to the runtime.</summary>
    public async Task<(CallRecord Call, string AnswerSdp)> CreateCallAsync(HttpContext http, EverrunsSession session, EverrunsVoiceOptions options, string sdp)
    {
        ArgumentNullException.ThrowIfNull(http);
        var caller = http.Caller();
        var (provider, model, voice, effort) = Resolve(caller.Tenant, session, options);
        var answer = await Answer(sdp, caller.TenantId, http.RequestAborted);
        var leg = answer.Leg!;
        CallRecord call;
        try
        {
            lock (_store.Sync)
            {
                var now = _store.Now;
                var voiceId = PublicIds.NewPrefixed("voice", now);
                var rtcId = "rtc_" + PublicIds.NewHex(16);
                call = _store.NewCall(caller.Tenant, Surface.Everruns, CallTransport.WebRtc, voiceId);
                _store.AddAlias(call, rtcId);
                call.ApiKey = caller.Key.Key;
                call.LeaseExpiresAt = now.AddSeconds(_store.Leases.EverrunsVoiceSeconds);
                call.Everruns = Facet(voiceId, session, provider, model, voice, effort, options.Instructions, "webrtc_proxy", rtcId);
                var openAiSession = OpenAISessionFor(model, voice, effort, options.Instructions);
                call.OpenAI = new OpenAICallFacet { CallId = rtcId, Kind = OpenAICallKind.WebRtc, Session = openAiSession };
                call.Agent = AgentFor(caller.Tenant, session, options, voice, model);
            }
        }
        catch
        {
            await leg.DisposeAsync();
            throw;
        }

        http.Bind(call);
        _lifecycle.AttachResource(call, leg);
        await _runtime.AttachWebRtcLegAsync(call, leg, http.RequestAborted);
        PublishStarted(call);
        return (call, answer.AnswerSdp!);
    }

    /// <summary>VoiceCallResponse (vendors.md §1.4).</summary>
    public static JsonObject CallResponse(CallRecord call, string answerSdp)
    {
        ArgumentNullException.ThrowIfNull(call);
        var body = EverrunsJson.VoiceBase(call.Everruns!, call.LeaseExpiresAt!.Value);
        body["answer_sdp"] = answerSdp;
        body["provider_call_id"] = call.Everruns!.ProviderCallId;
        return body;
    }

    public static EverrunsVoiceFacet Facet(string voiceId, EverrunsSession session, ProviderConnection provider, string model, string voice, string effort, string? instructions, string mode, string? providerCallId) => new()
    {
        VoiceConnectionId = voiceId,
        SessionId = session.Id,
        ProviderId = provider.Id,
        Provider = provider.Driver,
        Model = model,
        Voice = voice,
        ReasoningEffort = effort,
        Instructions = instructions,
        Mode = mode,
        ProviderCallId = providerCallId,
    };

    /// <summary>The OpenAI session an Everruns voice connection runs with (what the server would send to OpenAI).</summary>
    public static JsonObject OpenAISessionFor(string model, string voice, string effort, string? instructions)
    {
        var request = new JsonObject
        {
            ["type"] = "realtime",
            ["model"] = model,
            ["audio"] = new JsonObject { ["output"] = new JsonObject { ["voice"] = voice } },
        };
        if (instructions is not null)
        {
            request["instructions"] = instructions;
        }

        if (effort is "minimal" or "low" or "medium" or "high" or "xhigh")
        {
            request["reasoning"] = new JsonObject { ["effort"] = effort };
        }

        return RealtimeSession.Resolve(new FieldReader(request, "session"));
    }

    public void PublishStarted(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var voice = call.Everruns!;
        _lifecycle.Publish(call, SessionEventTypes.VoiceSessionStarted, new JsonObject
        {
            ["voice_connection_id"] = voice.VoiceConnectionId,
            ["model"] = voice.Model,
            ["voice"] = voice.Voice,
            ["reasoning_effort"] = voice.ReasoningEffort,
            ["transport"] = "webrtc",
        });
    }

    private static AgentBinding AgentFor(Tenant tenant, EverrunsSession session, EverrunsVoiceOptions options, string voice, string model)
    {
        var agent = session.AgentId is { } id ? tenant.EverrunsAgents.GetValueOrDefault(id) : null;
        var binding = agent?.ToBinding() ?? new AgentBinding(AgentBinding.DefaultPersona, new TurnKnobs());
        return binding with { Instructions = options.Instructions ?? binding.Instructions, Voice = voice, Model = model };
    }

    private async Task<WebRtcAnswer> Answer(string sdp, string tenantId, CancellationToken cancellationToken)
    {
        if (!sdp.StartsWith("v=0", StringComparison.Ordinal))
        {
            EverrunsProblems.Throw(EverrunsError.SdpRejected, "sdp is not an SDP offer: it must start with \"v=0\" (RFC 8866 §5)");
        }

        var answer = await _answerer.AnswerAsync(sdp, Surface.Everruns, tenantId, cancellationToken);
        if (answer.Succeeded)
        {
            return answer;
        }

        if (answer.Failure == WebRtcNegotiationFailure.Unavailable)
        {
            EverrunsProblems.Throw(EverrunsError.WebRtcUnavailable, answer.FailureMessage ?? "WebRTC is unavailable");
        }

        EverrunsProblems.Throw(EverrunsError.SdpRejected, $"the SDP offer cannot be answered: {answer.FailureMessage}", SdpCode(answer.Failure));
        return answer;
    }

    /// <summary>The problem code for each negotiation failure (EVR-SDP-002).</summary>
    public static string SdpCode(WebRtcNegotiationFailure? failure) => failure switch
    {
        WebRtcNegotiationFailure.NoCommonCodec => "no_common_codec",
        WebRtcNegotiationFailure.NoAudio => "no_audio_media",
        WebRtcNegotiationFailure.MissingIceCredentials => "missing_ice_credentials",
        WebRtcNegotiationFailure.MissingFingerprint => "missing_fingerprint",
        WebRtcNegotiationFailure.UnsupportedSetupRole => "unsupported_setup_role",
        _ => "invalid_sdp",
    };
}
