using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>The OpenAI Realtime provider layer that Everruns fronts (vendors.md §5; specs/openai.md).</summary>
public static class OpenAIHandlers
{
    /// <summary>Realtime sessions last at most 60 minutes (OAI-CALL-006).</summary>
    public const int MaxCallSeconds = 3600;

    /// <summary>
    /// POST /v1/realtime/calls (create-realtime-call): raw <c>application/sdp</c> (session from the
    /// ephemeral secret, else defaults) or <c>multipart/form-data</c> with <c>sdp</c> and optional
    /// <c>session</c> parts → 201, the SDP answer, <c>Location</c> naming the <c>rtc_…</c> call.
    /// </summary>
    public static async Task<IResult> CreateCallAsync(HttpContext http, SurfaceAuth auth, EmulatorStore store, IWebRtcAnswerer answerer, ICallRuntime runtime, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var (caller, secret) = OpenAIAuth.StandardOrEphemeral(http, auth, store);
        var (sdp, session) = await ReadOfferAsync(http, secret);
        if (!sdp.StartsWith("v=0", StringComparison.Ordinal))
        {
            OpenAIErrors.Throw(OpenAIError.SdpRejected, "The SDP offer is invalid: it must start with \"v=0\" (RFC 8866 §5).", "sdp");
        }

        var answer = await answerer.AnswerAsync(sdp, Surface.OpenAI, caller.TenantId, http.RequestAborted);
        if (!answer.Succeeded)
        {
            OpenAIErrors.Throw(
                answer.Failure == WebRtcNegotiationFailure.Unavailable ? OpenAIError.WebRtcUnavailable : OpenAIError.SdpRejected,
                answer.FailureMessage ?? "The SDP offer cannot be answered.",
                "sdp",
                answer.Failure == WebRtcNegotiationFailure.Unavailable ? null : Everruns.EverrunsVoice.SdpCode(answer.Failure));
        }

        CallRecord call;
        lock (store.Sync)
        {
            var id = "rtc_" + PublicIds.NewHex(16);
            call = store.NewCall(caller.Tenant, Surface.OpenAI, CallTransport.WebRtc, id);
            call.ApiKey = secret is null ? caller.Key.Key : null;
            call.LeaseExpiresAt = store.Now.AddSeconds(MaxCallSeconds);
            call.OpenAI = new OpenAICallFacet { CallId = id, Kind = OpenAICallKind.WebRtc, Session = session, ClientSecret = secret?.Value };
            call.Agent = BindingFor(session);
            if (secret?.VoiceConnectionId is { } voiceId && store.FindCall(voiceId) is { } connection)
            {
                // The secret came from Everruns create_client_secret: record the link for attach.
                call.Journal.Append("openai.client_secret", "rest", new JsonObject { ["voice_connection_id"] = connection.Id });
            }
        }

        http.Bind(call);
        lifecycle.AttachResource(call, answer.Leg!);
        await runtime.AttachWebRtcLegAsync(call, answer.Leg!, http.RequestAborted);
        return SurfaceResult.Plain(answer.AnswerSdp!, "application/sdp", StatusCodes.Status201Created)
            .WithHeader("Location", $"/openai/v1/realtime/calls/{call.Id}");
    }

    /// <summary>POST /v1/realtime/client_secrets (create-realtime-client-secret) → 200 {value, expires_at, session}.</summary>
    public static async Task<IResult> CreateClientSecretAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var body = await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true);
        var reader = new FieldReader(body);
        reader.RejectUnknown(["expires_after", "session"]);
        long seconds = 600;
        if (reader.ReadObject("expires_after") is { } expires)
        {
            var e = reader.Nested("expires_after", expires);
            e.RejectUnknown(["anchor", "seconds"]);
            e.ReadEnum("anchor", ["created_at"]);
            seconds = e.ReadInteger("seconds", 10, 7200) ?? 600;
        }

        var sessionRequest = reader.ReadObject("session");
        if (sessionRequest?["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "transcription")
        {
            reader.Fail("session", FieldErrorKind.Invalid, "transcription sessions are not emulated; use type \"realtime\"");
        }

        var session = sessionRequest is not null && reader.IsValid
            ? RealtimeSession.Resolve(reader.Nested("session", sessionRequest))
            : RealtimeSession.Resolve(new FieldReader(RealtimeSession.Minimal(), "session"));
        ThrowIfInvalid(reader);
        var caller = http.Caller();
        var now = store.Now;
        var secret = new ClientSecretRecord("ek_" + PublicIds.NewHex(16), caller.TenantId, now, now.AddSeconds(seconds), session);
        store.AddClientSecret(secret);
        return SurfaceResult.Ok(OpenAIJson.ClientSecret(secret));
    }

    /// <summary>POST /v1/realtime/calls/{callId}/accept: an incoming SIP call, with the session to run (vendors.md §5.3).</summary>
    public static async Task<IResult> AcceptAsync(HttpContext http, string callId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = RequireCall(http, store, callId);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var session = RealtimeSession.Resolve(reader);
        ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            RequireSip(call, SipCallStatus.Incoming, "accepted");
            call.OpenAI!.Session = session;
            call.OpenAI.SipStatus = SipCallStatus.Accepted;
            call.Agent = BindingFor(session);
        }

        lifecycle.MarkAnswered(call);
        return SurfaceResult.Empty();
    }

    /// <summary>POST /v1/realtime/calls/{callId}/reject: decline an incoming SIP call (default 603 Decline).</summary>
    public static async Task<IResult> RejectAsync(HttpContext http, string callId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = RequireCall(http, store, callId);
        var body = await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true);
        var reader = new FieldReader(body, "body");
        reader.RejectUnknown(["status_code"]);
        var status = (int?)reader.ReadInteger("status_code", 400, 699) ?? 603;
        ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            RequireSip(call, SipCallStatus.Incoming, "rejected");
            call.OpenAI!.SipStatus = SipCallStatus.Rejected;
            call.OpenAI.RejectStatusCode = status;
        }

        await lifecycle.EndAsync(call, CallState.Ended, $"rejected_{status}", http.RequestAborted);
        return SurfaceResult.Empty();
    }

    /// <summary>POST /v1/realtime/calls/{callId}/refer: transfer an accepted SIP call (SIP REFER, RFC 3515).</summary>
    public static async Task<IResult> ReferAsync(HttpContext http, string callId, EmulatorStore store, ICallRuntime runtime, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = RequireCall(http, store, callId);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        reader.RejectUnknown(["target_uri"]);
        var target = reader.ReadString("target_uri", required: true, maxLength: 2048, pattern: "^(tel:\\+?[0-9*#-]+|sips?:[^\\s@]+@[^\\s@]+)$");
        ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            RequireSip(call, SipCallStatus.Accepted, "referred");
            call.OpenAI!.SipStatus = SipCallStatus.Referred;
            call.OpenAI.ReferTarget = target;
        }

        await runtime.TransferAsync(call, target!, http.RequestAborted);
        await lifecycle.EndAsync(call, CallState.Ended, "referred", http.RequestAborted);
        return SurfaceResult.Empty();
    }

    /// <summary>POST /v1/realtime/calls/{callId}/hangup: SIP and WebRTC calls alike.</summary>
    public static async Task<IResult> HangupAsync(HttpContext http, string callId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = RequireCall(http, store, callId);
        if (call.IsTerminal)
        {
            OpenAIErrors.Throw(OpenAIError.CallNotActive, $"Call {callId} has already ended.", "call_id");
        }

        await lifecycle.EndAsync(call, CallState.Ended, "hangup", http.RequestAborted);
        return SurfaceResult.Empty();
    }

    public static AgentBinding BindingFor(JsonObject session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new AgentBinding(AgentBinding.DefaultPersona, RealtimeSession.Knobs(session))
        {
            Instructions = session["instructions"]?.GetValue<string>(),
            Model = session["model"]?.GetValue<string>(),
            Voice = session["audio"]?["output"]?["voice"] is JsonValue v && v.TryGetValue<string>(out var name) ? name : null,
        };
    }

    public static void ThrowIfInvalid(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.IsValid)
        {
            throw new ApiErrorException(new OpenAIErrorShape().FromFields(reader.Errors));
        }
    }

    private static async Task<(string Sdp, JsonObject Session)> ReadOfferAsync(HttpContext http, ClientSecretRecord? secret)
    {
        var contentType = Contracts.MediaTypes.Essence(http.Request.ContentType);
        if (contentType == "application/sdp")
        {
            var sdp = await RequestBody.ReadTextAsync(http);
            if (sdp.Length == 0)
            {
                OpenAIErrors.Throw(OpenAIError.InvalidRequest, "The request body must be an SDP offer.", "sdp", "missing_required_parameter");
            }

            var session = secret?.Session.DeepClone().AsObject() ?? RealtimeSession.Resolve(new FieldReader(RealtimeSession.Minimal(), "session"));
            return (sdp, session);
        }

        if (contentType != "multipart/form-data")
        {
            OpenAIErrors.Throw(OpenAIError.InvalidRequest, $"Unsupported Content-Type '{contentType}': send application/sdp or multipart/form-data.", null, "unsupported_content_type");
        }

        var form = await RequestBody.ReadFormAsync(http);
        var sdpPart = form.TryGetValue("sdp", out var field) && field.Count > 0 ? field.ToString() : await ReadFileAsync(form.Files.GetFile("sdp"));
        if (string.IsNullOrEmpty(sdpPart))
        {
            OpenAIErrors.Throw(OpenAIError.InvalidRequest, "Missing required parameter: 'sdp'.", "sdp", "missing_required_parameter");
        }

        var sessionText = form.TryGetValue("session", out var sessionField) && sessionField.Count > 0 ? sessionField.ToString() : await ReadFileAsync(form.Files.GetFile("session"));
        JsonObject resolved;
        if (string.IsNullOrEmpty(sessionText))
        {
            resolved = secret?.Session.DeepClone().AsObject() ?? RealtimeSession.Resolve(new FieldReader(RealtimeSession.Minimal(), "session"));
        }
        else
        {
            if (RequestBody.ParseJson(sessionText) is not JsonObject sessionObject)
            {
                OpenAIErrors.Throw(OpenAIError.InvalidRequest, "The 'session' part must be a JSON object.", "session");
                return default;
            }

            var reader = new FieldReader(sessionObject, "session");
            resolved = RealtimeSession.Resolve(reader);
            ThrowIfInvalid(reader);
        }

        return (sdpPart, resolved);
    }

    private static async Task<string?> ReadFileAsync(IFormFile? file)
    {
        if (file is null)
        {
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync();
    }

    private static CallRecord RequireCall(HttpContext http, EmulatorStore store, string callId)
    {
        var call = store.FindCall(callId);
        if (call?.OpenAI is null || call.TenantId != http.Caller().TenantId)
        {
            OpenAIErrors.Throw(OpenAIError.NotFound, $"Call {callId} not found.", "call_id");
        }

        http.Bind(call);
        return call;
    }

    private static void RequireSip(CallRecord call, SipCallStatus expected, string action)
    {
        if (call.OpenAI!.Kind != OpenAICallKind.Sip)
        {
            OpenAIErrors.Throw(OpenAIError.InvalidRequest, $"Call {call.OpenAI.CallId} is a WebRTC call; only SIP calls can be {action}.", "call_id", "not_a_sip_call");
        }

        if (call.IsTerminal || call.OpenAI.SipStatus != expected)
        {
            OpenAIErrors.Throw(OpenAIError.CallNotActive, $"Call {call.OpenAI.CallId} is {Describe(call)}; it cannot be {action}.", "call_id");
        }
    }

    private static string Describe(CallRecord call) =>
        call.IsTerminal ? "over" : call.OpenAI!.SipStatus?.ToString().ToLowerInvariant() ?? "active";
}
