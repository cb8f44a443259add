using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.VoiceAi;

/// <summary>
/// Voice.ai Agent Connection (seed 004): connection details with a LiveKit participant token
/// and a scoped end token, and ending a call (vendors.md §4). Invalid fields all go out at once
/// as FastAPI's 422.
/// </summary>
public static class VoiceAiHandlers
{
    public static IReadOnlyList<string> TtsModels { get; } =
        ["voiceai-tts-v1-latest", "voiceai-tts-v1-2026-02-10", "voiceai-tts-multilingual-v1-latest", "voiceai-tts-multilingual-v1-2026-02-10"];

    public static IReadOnlyList<string> TtsLanguages { get; } = ["auto", "en", "ca", "sv", "es", "fr", "de", "it", "pt", "pl", "ru", "nl"];

    public static Task<IResult> ConnectionDetailsAsync(HttpContext http, EmulatorStore store) => ConnectAsync(http, store, testMode: false);

    /// <summary>The SDK's testMode endpoint: same contract, neither needs nor consumes credits (VAI-CONN-006).</summary>
    public static Task<IResult> TestConnectionDetailsAsync(HttpContext http, EmulatorStore store) => ConnectAsync(http, store, testMode: true);

    public static async Task<IResult> EndAsync(HttpContext http, string callId, EmulatorStore store, SurfaceAuth auth, CallLifecycle lifecycle, DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(lifecycle);
        ArgumentNullException.ThrowIfNull(deviations);
        var presented = SurfaceAuth.Bearer(http);
        var endToken = presented is null ? null : store.FindToken(presented, TokenKind.VoiceAiEnd);
        string tenantId;
        if (endToken is not null)
        {
            tenantId = endToken.TenantId;
            var unscoped = deviations.Find(RestDeviations.EndTokenUnscoped, Surface.VoiceAi, tenantId) is not null;
            if (endToken.CallId != callId && !unscoped)
            {
                VoiceAiErrors.Throw(VoiceAiError.EndTokenScope, "This end_token belongs to another call; it only ends its own call");
            }
        }
        else
        {
            tenantId = auth.Authenticate(http, Surface.VoiceAi, presented).TenantId;
        }

        double? actual = null;
        if (http.Request.Query["actual_duration_seconds"].ToString() is { Length: > 0 } text)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
            {
                VoiceAiErrors.ThrowValidation([new FieldError(["query", "actual_duration_seconds"], FieldErrorKind.WrongType, "Input should be a valid number", JsonValue.Create(text)) { ExpectedType = "number" }]);
            }

            if (parsed < 0)
            {
                VoiceAiErrors.ThrowValidation([new FieldError(["query", "actual_duration_seconds"], FieldErrorKind.BelowMinimum, "must be >= 0", JsonValue.Create(text)) { Limit = 0 }]);
            }

            actual = parsed;
        }

        var call = store.FindCall(callId);
        if (call?.VoiceAi is null || call.TenantId != tenantId)
        {
            VoiceAiErrors.Throw(VoiceAiError.NotFound, $"Call {callId} not found");
        }

        http.Bind(call);
        if (!call.IsTerminal)
        {
            lock (store.Sync)
            {
                var measured = (store.Now - (call.AnsweredAt ?? call.CreatedAt)).TotalSeconds;
                call.VoiceAi.ActualDurationSeconds = Math.Round(actual ?? measured, 3);
                call.VoiceAi.CreditsUsed = call.VoiceAi.ActualDurationSeconds > 0 ? Math.Ceiling((decimal)call.VoiceAi.ActualDurationSeconds.Value / 60m) : 0;
            }

            await lifecycle.EndAsync(call, CallState.Ended, "client_end", http.RequestAborted);
        }

        lock (store.Sync)
        {
            var duration = call.VoiceAi.ActualDurationSeconds ?? Math.Round(((call.EndedAt ?? store.Now) - call.CreatedAt).TotalSeconds, 3);
            return SurfaceResult.Ok(new JsonObject
            {
                ["call_id"] = call.Id,
                ["status"] = "ended",
                ["ended_at"] = Rfc3339.Format(call.EndedAt ?? store.Now),
                ["actual_duration_seconds"] = duration,
                ["credits_used"] = call.VoiceAi.CreditsUsed ?? 0,
            });
        }
    }

    /// <summary>LiveKit signalling at server_url is not emulated yet: a clear 501 instead of a hang (VAI-LK-001).</summary>
    public static IResult LiveKitNotEmulated() =>
        throw new ApiErrorException(VoiceAiErrors.Create(VoiceAiError.NotImplemented, "LiveKit signalling (server_url) is not emulated yet; connection details, tokens and end are"));

    private static async Task<IResult> ConnectAsync(HttpContext http, EmulatorStore store, bool testMode)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var agentId = reader.ReadString("agent_id");
        if (agentId is null && !reader.Errors.Any(e => e.Path == "agent_id"))
        {
            reader.Add(new FieldError(reader.Loc("agent_id"), FieldErrorKind.Missing, "Field required"));
        }

        var variables = DynamicVariables(reader);
        Overrides(reader);
        reader.ReadString("metadata");
        reader.ReadString("environment");
        if (!reader.IsValid)
        {
            VoiceAiErrors.ThrowValidation(reader.Errors);
        }

        var caller = http.Caller();
        AgentRecord? agent;
        lock (store.Sync)
        {
            agent = caller.Tenant.VoiceAiAgents.GetValueOrDefault(agentId!);
        }

        if (agent is null)
        {
            VoiceAiErrors.Throw(VoiceAiError.NotFound, $"Agent {agentId} not found", new JsonObject { ["code"] = "AGENT_NOT_FOUND" });
        }

        if (agent.Status != "deployed")
        {
            VoiceAiErrors.Throw(VoiceAiError.CallValidationFailed, $"Agent {agent.Id} is {agent.Status}, not deployed", new JsonObject { ["reason"] = "agent_not_deployed" });
        }

        if (!testMode && !caller.Key.HasCredit)
        {
            VoiceAiErrors.Throw(VoiceAiError.InsufficientCredits, "Insufficient credits to start a call");
        }

        CallRecord call;
        string token;
        lock (store.Sync)
        {
            var now = store.Now;
            var id = Guid.CreateVersion7(now).ToString();
            call = store.NewCall(caller.Tenant, Surface.VoiceAi, CallTransport.LiveKit, id);
            call.ApiKey = caller.Key.Key;
            call.Agent = agent.ToBinding();
            var endToken = store.IssueToken(TokenKind.VoiceAiEnd, call, null);
            call.VoiceAi = new VoiceAiCallFacet { AgentId = agent.Id, EndToken = endToken.Value, Room = $"room-{id}", TestMode = testMode };
            var metadata = new JsonObject { ["call_id"] = id, ["agent_id"] = agent.Id, ["dynamic_variables"] = variables };
            token = LiveKitToken.Create(caller.Tenant.LiveKit.ApiKey, caller.Tenant.LiveKit.ApiSecret, $"user_{id}", call.VoiceAi.Room, now, TimeSpan.FromSeconds(store.Leases.VoiceAiTokenSeconds), metadata.ToJsonString(WireJson.Options));
        }

        http.Bind(call);
        return SurfaceResult.Ok(new JsonObject
        {
            ["server_url"] = $"{http.SocketBaseUrl()}/voiceai/livekit",
            ["participant_token"] = token,
            ["call_id"] = call.Id,
            ["end_token"] = call.VoiceAi!.EndToken,
        });
    }

    private static JsonObject DynamicVariables(FieldReader reader)
    {
        var result = new JsonObject();
        if (reader.ReadObject("dynamic_variables") is not { } variables)
        {
            return result;
        }

        foreach (var (key, value) in variables)
        {
            if (value is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                result[key] = v.DeepClone();
            }
            else
            {
                reader.Add(new FieldError([.. reader.Loc("dynamic_variables"), key], FieldErrorKind.WrongType, "Input should be a valid string, number or boolean", value?.DeepClone()) { ExpectedType = "scalar" });
            }
        }

        return result;
    }

    private static void Overrides(FieldReader reader)
    {
        if (reader.ReadObject("agent_overrides") is not { } overrides)
        {
            return;
        }

        var o = reader.Nested("agent_overrides", overrides);
        if (o.ReadObject("tts_params") is not { } tts)
        {
            return;
        }

        var t = o.Nested("tts_params", tts);
        t.ReadString("voice_id");
        t.ReadEnum("model", TtsModels);
        t.ReadEnum("language", TtsLanguages);
        t.ReadNumber("temperature", 0, 2);
        t.ReadNumber("top_p", 0, 1);
        t.ReadString("dictionary_id");
    }
}
