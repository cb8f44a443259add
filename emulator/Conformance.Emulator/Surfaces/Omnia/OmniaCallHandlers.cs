using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// Omnia call creation: /calls/create (saved agent, BYOT), /calls/inline (seed 002), /calls
/// (joinUrl) and /calls/outbound. Each returns a short-lived single-use WebSocket URL that is
/// its own credential (OMN-WS-001/002), except outbound, whose leg the emulator dials.
/// </summary>
public static class OmniaCallHandlers
{
    /// <summary>Outbound calls ring at most this long before no_answer (the docs give no figure; OMN-OUT-003).</summary>
    public const int OutboundRingSeconds = 60;

    private static readonly string[] s_selectedToolFields = ["toolId", "toolName", "temporaryTool", "nameOverride", "descriptionOverride", "parameterOverrides", "authTokens", "transitionId"];
    private static readonly string[] s_toolSelectors = ["toolId", "toolName", "temporaryTool"];
    private static readonly string[] s_toolTransports = ["http", "client", "dataConnection"];

    public static async Task<IResult> CreateAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var agentId = reader.ReadString("agentId", required: true, minLength: 1);
        var (connectionType, leg) = OmniaConnection.Parse(reader);
        var metadata = reader.ReadObject("metadata");
        ThrowIfInvalid(reader);
        var agent = RequireActiveAgent(http, store, agentId!);
        RequireCredit(http);
        var settings = SettingsOf(agent);
        var call = Register(http, store, new OmniaCallFacet
        {
            Origin = "create",
            ConnectionType = connectionType,
            AgentId = agent.Id,
            AgentName = agent.Name,
            AgentDescription = agent.Description,
            Metadata = (JsonObject?)metadata?.DeepClone(),
            RecordingEnabled = settings.RecordingEnabled,
        }, leg, agent.ToBinding() with { Knobs = agent.Knobs.With(settings.Knobs) });
        return Created(http, call);
    }

    public static async Task<IResult> InlineAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var prompt = reader.ReadString("systemPrompt", required: true, minLength: 1, maxLength: 100_000);
        var voice = reader.ReadString("voice", required: true, minLength: 1);
        var language = reader.ReadString("language", required: true, minLength: 1);
        var settings = OmniaSettings.Parse(reader);
        var (connectionType, leg) = OmniaConnection.Parse(reader);
        var metadata = reader.ReadObject("metadata");
        if (voice is not null && OmniaCatalog.FindVoice(voice) is null)
        {
            reader.Fail("voice", FieldErrorKind.NotInEnum, $"unknown voice '{voice}' (see GET /voices)");
        }

        if (language is not null && OmniaCatalog.FindLanguage(language) is null)
        {
            reader.Fail("language", FieldErrorKind.NotInEnum, $"unknown language '{language}' (see GET /languages)");
        }

        ThrowIfInvalid(reader);
        var toolErrors = SelectedTools(reader);
        if (toolErrors.Count > 0)
        {
            throw new ApiErrorException(OmniaErrors.Fields(toolErrors, reason: OmniaError.ValidationError));
        }

        RequireCredit(http);
        var binding = new AgentBinding(AgentBinding.DefaultPersona, settings.Knobs) { Instructions = prompt, Voice = voice };
        var call = Register(http, store, new OmniaCallFacet
        {
            Origin = "inline",
            ConnectionType = connectionType,
            Metadata = (JsonObject?)metadata?.DeepClone(),
            RecordingEnabled = settings.RecordingEnabled,
        }, leg, binding);
        return Created(http, call);
    }

    /// <summary>POST /calls: saved agent → <c>joinUrl</c> (single-use; the SDK credential hand-off, OMN-JOIN-001).</summary>
    public static async Task<IResult> JoinAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var agentId = reader.ReadString("agentId", required: true, minLength: 1);
        var metadata = reader.ReadObject("metadata");
        var phone = E164(reader, "phoneNumber");
        var recording = reader.ReadBoolean("recordingEnabled");
        E164(reader, "to");
        ThrowIfInvalid(reader);
        var agent = RequireActiveAgent(http, store, agentId!);
        if (agent.Config["basePrompt"] is null)
        {
            OmniaErrors.Throw(OmniaError.BadRequest, $"Agent {agent.Id} has no configuration");
        }

        var settings = SettingsOf(agent);
        var call = Register(http, store, new OmniaCallFacet
        {
            Origin = "join",
            ConnectionType = "webrtc",
            AgentId = agent.Id,
            AgentName = agent.Name,
            AgentDescription = agent.Description,
            Metadata = (JsonObject?)metadata?.DeepClone(),
            RecordingEnabled = recording ?? settings.RecordingEnabled,
            PhoneNumber = phone,
        }, new MediaStreamLeg(MediaStreamProtocol.OmniaWebRtcHandoff, 48000, 48000, MediaStreamCodec.Pcm16), agent.ToBinding() with { Knobs = agent.Knobs.With(settings.Knobs) });
        return SurfaceResult.Ok(new JsonObject
        {
            ["id"] = call.Id,
            ["status"] = OmniaJson.Status(call),
            ["joinUrl"] = SocketUrl(http, call),
            ["createdAt"] = Rfc3339.Format(call.CreatedAt),
        }, StatusCodes.Status201Created);
    }

    /// <summary>POST /calls/outbound: the agent dials <c>phoneNumber</c> from one of the tenant's numbers (exactly one of fromNumberId / fromNumber).</summary>
    public static async Task<IResult> OutboundAsync(HttpContext http, EmulatorStore store, ICallRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var agentId = reader.ReadString("agentId", required: true, minLength: 1);
        var to = E164(reader, "phoneNumber", required: true);
        var fromId = reader.ReadString("fromNumberId", minLength: 1);
        var fromNumber = E164(reader, "fromNumber");
        if ((fromId is null) == (fromNumber is null) && reader.IsValid)
        {
            reader.Fail("fromNumberId", FieldErrorKind.Conflict, "exactly one of fromNumberId or fromNumber is required");
        }

        ThrowIfInvalid(reader);
        var agent = RequireActiveAgent(http, store, agentId!);
        var tenant = http.Caller().Tenant;
        PhoneNumberRecord? from;
        lock (store.Sync)
        {
            from = tenant.OmniaNumbers.FirstOrDefault(n => fromId is not null ? n.Id == fromId : n.Number == fromNumber);
        }

        if (from is null)
        {
            OmniaErrors.Throw(OmniaError.NotFound, $"Originating number {fromId ?? fromNumber} not found");
        }

        RequireCredit(http);
        var settings = SettingsOf(agent);
        CallRecord call;
        lock (store.Sync)
        {
            // Outbound calls always wait for the callee to speak first (vendors.md §2.4).
            var binding = agent.ToBinding() with { Knobs = agent.Knobs.With(settings.Knobs) with { AgentSpeaksFirst = false } };
            call = store.NewCall(tenant, Surface.Omnia, CallTransport.Phone, "CA" + PublicIds.NewHex(16));
            call.ApiKey = http.Caller().Key.Key;
            call.Agent = binding;
            call.Omnia = new OmniaCallFacet
            {
                Origin = "outbound",
                ConnectionType = "twilio",
                AgentId = agent.Id,
                AgentName = agent.Name,
                AgentDescription = agent.Description,
                RecordingEnabled = settings.RecordingEnabled,
                PhoneNumber = to,
                FromNumber = from.Number,
                SessionId = Guid.CreateVersion7(store.Now).ToString(),
            };
            store.TryTransition(call, CallState.Dialing);
            call.RingDeadline = store.Now.AddSeconds(OutboundRingSeconds);
        }

        http.Bind(call);
        await runtime.OriginateAsync(call, new OriginateRequest(to!, from.Number, OutboundRingSeconds), http.RequestAborted);
        return SurfaceResult.Ok(new JsonObject
        {
            ["id"] = call.Id,
            ["sessionId"] = call.Omnia.SessionId,
            ["status"] = OmniaJson.Status(call),
            ["phoneNumber"] = to,
            ["fromNumber"] = from.Number,
            ["agent"] = OmniaJson.AgentSummary(call.Omnia),
            ["createdAt"] = Rfc3339.Format(call.CreatedAt),
        }, StatusCodes.Status201Created).WithHeader("Location", $"/omnia/api/v1/calls/{call.Id}");
    }

    public static void ThrowIfInvalid(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.IsValid)
        {
            throw new ApiErrorException(OmniaErrors.Fields(reader.Errors));
        }
    }

    public static OmniaSettings SettingsOf(AgentRecord agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return OmniaSettings.Parse(new FieldReader(agent.Config));
    }

    private static CallRecord Register(HttpContext http, EmulatorStore store, OmniaCallFacet facet, MediaStreamLeg leg, AgentBinding binding)
    {
        var caller = http.Caller();
        CallRecord call;
        lock (store.Sync)
        {
            var transport = leg.Protocol == MediaStreamProtocol.OmniaWebRtcHandoff ? CallTransport.LiveKit : CallTransport.MediaStream;
            call = store.NewCall(caller.Tenant, Surface.Omnia, transport, "call_" + PublicIds.NewHex(16));
            call.ApiKey = caller.Key.Key;
            call.Omnia = facet;
            call.MediaStream = leg;
            call.Agent = binding;
            facet.SocketToken = store.IssueToken(TokenKind.OmniaSocket, call, store.Now.AddSeconds(store.Leases.OmniaSocketSeconds)).Value;
        }

        http.Bind(call);
        return call;
    }

    private static SurfaceResult Created(HttpContext http, CallRecord call) =>
        SurfaceResult.Ok(OmniaJson.Created(call, SocketUrl(http, call)), StatusCodes.Status201Created)
            .WithHeader("Location", $"/omnia/api/v1/calls/{call.Id}");

    private static string SocketUrl(HttpContext http, CallRecord call) => $"{http.SocketBaseUrl()}/omnia/ws/{call.Omnia!.SocketToken}";

    private static AgentRecord RequireActiveAgent(HttpContext http, EmulatorStore store, string agentId)
    {
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            if (!tenant.OmniaAgents.TryGetValue(agentId, out var agent) || agent.Status != "ACTIVE")
            {
                OmniaErrors.Throw(OmniaError.NotFound, $"Agent {agentId} not found or inactive");
            }

            return agent;
        }
    }

    private static void RequireCredit(HttpContext http)
    {
        if (!http.Caller().Key.HasCredit)
        {
            OmniaErrors.Throw(OmniaError.PaymentRequired, "Insufficient credits");
        }
    }

    private static string? E164(FieldReader reader, string name, bool required = false)
    {
        var value = reader.ReadString(name, required);
        if (value is not null && !PublicIds.IsE164(value))
        {
            reader.Fail(name, FieldErrorKind.PatternMismatch, $"{name} must be E.164, e.g. +358401234567");
            return null;
        }

        return value;
    }

    // selectedTools: each entry sets exactly one of toolId / toolName / temporaryTool (vendors.md §2.4).
    private static List<FieldError> SelectedTools(FieldReader reader)
    {
        var errors = new List<FieldError>();
        if (reader.Source["selectedTools"] is not { } node)
        {
            return errors;
        }

        if (node is not JsonArray tools)
        {
            errors.Add(new FieldError(reader.Loc("selectedTools"), FieldErrorKind.WrongType, "selectedTools must be an array") { ExpectedType = "array" });
            return errors;
        }

        for (var i = 0; i < tools.Count; i++)
        {
            if (tools[i] is not JsonObject tool)
            {
                errors.Add(new FieldError([.. reader.Loc("selectedTools"), i], FieldErrorKind.WrongType, $"selectedTools[{i}] must be an object") { ExpectedType = "object" });
                continue;
            }

            var item = new FieldReader(tool, "body", "selectedTools", i);
            item.RejectUnknown(s_selectedToolFields);
            var set = s_toolSelectors.Where(tool.ContainsKey).ToArray();
            if (set.Length != 1)
            {
                item.Fail(set.Length == 0 ? "toolId" : set[1], FieldErrorKind.Conflict, $"selectedTools[{i}] must set exactly one of toolId, toolName or temporaryTool (it sets {(set.Length == 0 ? "none" : string.Join(", ", set))})");
            }

            item.ReadString("toolId", minLength: 1);
            item.ReadString("toolName", minLength: 1);
            item.ReadString("nameOverride", minLength: 1);
            item.ReadString("descriptionOverride");
            item.ReadObject("parameterOverrides");
            item.ReadObject("authTokens");
            item.ReadString("transitionId");
            if (item.ReadObject("temporaryTool") is { } temporary)
            {
                var t = item.Nested("temporaryTool", temporary);
                t.ReadString("modelToolName", required: true, pattern: "^[a-zA-Z][a-zA-Z0-9_]*$");
                t.ReadString("description");
                if (t.ReadObject("http") is { } httpTool)
                {
                    var h = t.Nested("http", httpTool);
                    h.ReadEnum("httpMethod", ["GET", "POST", "PUT", "PATCH", "DELETE"]);
                    if (h.ReadString("baseUrlPattern") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
                    {
                        h.Fail("baseUrlPattern", FieldErrorKind.PatternMismatch, "baseUrlPattern must be an absolute URL");
                    }
                }

                var transports = s_toolTransports.Count(temporary.ContainsKey);
                if (transports > 1)
                {
                    t.Fail("http", FieldErrorKind.Conflict, "set at most one of http, client or dataConnection");
                }
            }

            errors.AddRange(item.Errors);
        }

        return errors;
    }
}
