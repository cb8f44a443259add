using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>Omnia response bodies (vendors.md §2.2–2.6).</summary>
public static class OmniaJson
{
    public const int CentsPerMinute = 5;

    /// <summary>CreateCallResponse.status: created | connecting | connected | ended.</summary>
    public static string Status(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.State switch
        {
            CallState.Created => "created",
            CallState.Dialing or CallState.Ringing => "connecting",
            CallState.Active => "connected",
            _ => "ended",
        };
    }

    public static JsonObject Created(CallRecord call, string? websocketUrl)
    {
        ArgumentNullException.ThrowIfNull(call);
        var omnia = call.Omnia!;
        var body = new JsonObject
        {
            ["id"] = call.Id,
            ["websocketUrl"] = websocketUrl,
            ["status"] = Status(call),
            ["connectionType"] = omnia.ConnectionType,
            ["createdAt"] = Rfc3339.Format(call.CreatedAt),
        };
        if (omnia.AgentId is not null)
        {
            body["agent"] = AgentSummary(omnia);
        }

        return body;
    }

    public static JsonObject AgentSummary(OmniaCallFacet omnia)
    {
        ArgumentNullException.ThrowIfNull(omnia);
        return new JsonObject { ["id"] = omnia.AgentId, ["name"] = omnia.AgentName, ["description"] = omnia.AgentDescription ?? string.Empty };
    }

    /// <summary>CallLog: a call is finished once endTime is non-null; status is its end reason (or its live status).</summary>
    public static JsonObject CallLog(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var omnia = call.Omnia!;
        var start = call.AnsweredAt ?? call.CreatedAt;
        var durationMs = call.EndedAt is { } end && call.AnsweredAt is not null ? (long)(end - start).TotalMilliseconds : 0;
        var billedMinutes = (omnia.CostCents ?? 0) / CentsPerMinute;
        return new JsonObject
        {
            ["id"] = call.Id,
            ["startTime"] = Rfc3339.Format(start),
            ["endTime"] = Rfc3339.Format(call.EndedAt),
            ["duration"] = durationMs / 1000,
            ["durationMs"] = durationMs,
            ["durationSeconds"] = durationMs / 1000,
            ["status"] = call.IsTerminal ? call.EndReason ?? "ended" : Status(call),
            ["summary"] = string.Empty,
            ["shortSummary"] = string.Empty,
            ["transcript"] = omnia.Transcript ?? string.Empty,
            ["billing"] = new JsonObject
            {
                ["durationMinutes"] = billedMinutes,
                ["costCents"] = omnia.CostCents ?? 0,
                ["costDollars"] = (omnia.CostCents ?? 0) / 100.0,
                ["pricePerMinuteCents"] = CentsPerMinute,
                ["currency"] = "USD",
                ["billedAt"] = call.IsTerminal ? Rfc3339.Format(call.EndedAt) : null,
                ["note"] = "5 cents per started minute of connected time, minimum one minute",
            },
        };
    }

    public static JsonObject Voice(OmniaVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        return new JsonObject
        {
            ["id"] = voice.Id,
            ["name"] = voice.Name,
            ["description"] = voice.Description,
            ["gender"] = voice.Gender,
            ["languageCode"] = voice.LanguageCode,
            ["language"] = new JsonObject { ["code"] = voice.LanguageCode, ["name"] = voice.LanguageName },
            ["previewUrl"] = null,
            ["isActive"] = true,
        };
    }

    public static JsonObject Language(OmniaLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return new JsonObject { ["id"] = language.Id, ["code"] = language.Code, ["name"] = language.Name, ["isActive"] = true };
    }

    /// <summary>Agent: configuration written under <c>config</c> reads back under <c>standardConfig</c> (vendors.md §2.6).</summary>
    public static JsonObject Agent(AgentRecord agent, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var config = (JsonObject)agent.Config.DeepClone();
        if (config["languageId"]?.GetValue<string>() is { } languageId && OmniaCatalog.FindLanguage(languageId) is { } language)
        {
            config["language"] = Language(language);
        }

        if (config["voiceId"]?.GetValue<string>() is { } voiceId && OmniaCatalog.FindVoice(voiceId) is { } voice)
        {
            config["voice"] = Voice(voice);
        }

        return new JsonObject
        {
            ["id"] = agent.Id,
            ["name"] = agent.Name,
            ["description"] = agent.Description,
            ["status"] = agent.Status,
            ["type"] = "standard",
            ["standardConfig"] = config,
            ["workspaceId"] = tenantId,
            ["actions"] = new JsonArray(),
            ["knowledgeBases"] = new JsonArray(),
            ["createdAt"] = Rfc3339.Format(agent.CreatedAt),
            ["updatedAt"] = Rfc3339.Format(agent.UpdatedAt),
        };
    }
}
