using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// Omnia agents: list, create, get, PATCH (no PUT), DELETE → 204 (vendors.md §2.6). Write
/// config under <c>config</c>, read it back under <c>standardConfig</c>. Validation failures use
/// the Zod-flatten envelope; unknown language/voice ids carry INVALID_LANGUAGE/INVALID_VOICE.
/// </summary>
public static class OmniaAgentHandlers
{
    private static readonly string[] s_statuses = ["ACTIVE", "INACTIVE", "SUSPENDED"];
    private static readonly string[] s_configFields =
    [
        "basePrompt", "context", "customInstructions", "questions", "greeting", "languageId", "voiceId", "firstSpeaker", "interruptible",
        "inactivityTimeout", "inactivityAction", "maxDuration", "model", "recordingEnabled", "temperature",
    ];

    public static IResult List(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        var page = PositiveInt(query["page"], "page", 1, int.MaxValue, 1, errors);
        var limit = PositiveInt(query["limit"], "limit", 1, 100, 50, errors);
        var status = query["status"].ToString();
        if (status.Length > 0 && !s_statuses.Contains(status))
        {
            errors.Add(new FieldError(["query", "status"], FieldErrorKind.NotInEnum, "status must be ACTIVE, INACTIVE or SUSPENDED"));
        }

        if (errors.Count > 0)
        {
            throw new ApiErrorException(OmniaErrors.Fields(errors, zod: true));
        }

        var search = query["search"].ToString();
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            var matching = tenant.OmniaAgents.Values
                .Where(a => status.Length == 0 || a.Status == status)
                .Where(a => search.Length == 0 || a.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || (a.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id, StringComparer.Ordinal)
                .ToArray();
            return SurfaceResult.Ok(new JsonObject
            {
                ["data"] = new JsonArray([.. matching.Skip((page - 1) * limit).Take(limit).Select(a => (JsonNode)OmniaJson.Agent(a, tenant.Id))]),
                ["pagination"] = new JsonObject
                {
                    ["page"] = page,
                    ["limit"] = limit,
                    ["total"] = matching.Length,
                    ["totalPages"] = (matching.Length + limit - 1) / limit,
                },
            });
        }
    }

    public static async Task<IResult> CreateAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await ReadBodyAsync(http), "body");
        var name = reader.ReadString("name", required: true, minLength: 1, maxLength: 100);
        var description = reader.ReadString("description", maxLength: 2000);
        var status = reader.ReadEnum("status", s_statuses) ?? "ACTIVE";
        var configObject = reader.ReadObject("config", required: true);
        var config = configObject is null ? null : Config(reader.Nested("config", configObject), requireBasics: true);
        ThrowIfInvalid(reader);
        var tenant = http.Caller().Tenant;
        var settings = OmniaSettings.Parse(new FieldReader(config!));
        var agent = store.AddAgent(tenant.Id, new AgentSeed(Surface.Omnia, null, name!, description, status, AgentBinding.DefaultPersona, settings.Knobs, config));
        return SurfaceResult.Ok(OmniaJson.Agent(agent, tenant.Id), StatusCodes.Status201Created);
    }

    public static IResult Get(HttpContext http, string id, EmulatorStore store)
    {
        var agent = Require(http, store, id);
        return SurfaceResult.Ok(OmniaJson.Agent(agent, http.Caller().TenantId));
    }

    public static async Task<IResult> UpdateAsync(HttpContext http, string id, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var agent = Require(http, store, id);
        var reader = new FieldReader(await ReadBodyAsync(http), "body");
        var name = reader.ReadString("name", minLength: 1, maxLength: 100);
        var description = reader.ReadString("description", maxLength: 2000);
        var status = reader.ReadEnum("status", s_statuses);
        reader.ReadString("changeNote", maxLength: 2000);
        var configObject = reader.ReadObject("config");
        var patch = configObject is null ? null : Config(reader.Nested("config", configObject), requireBasics: false);
        ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            agent.Name = name ?? agent.Name;
            agent.Description = description ?? agent.Description;
            agent.Status = status ?? agent.Status;
            foreach (var (key, value) in patch ?? [])
            {
                agent.Config[key] = value?.DeepClone();
            }

            agent.Knobs = OmniaSettings.Parse(new FieldReader(agent.Config)).Knobs;
            agent.UpdatedAt = store.Now;
            return SurfaceResult.Ok(OmniaJson.Agent(agent, http.Caller().TenantId));
        }
    }

    public static IResult Delete(HttpContext http, string id, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var agent = Require(http, store, id);
        lock (store.Sync)
        {
            http.Caller().Tenant.OmniaAgents.Remove(agent.Id);
        }

        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    private static JsonObject Config(FieldReader c, bool requireBasics)
    {
        c.RejectUnknown(s_configFields);
        var config = new JsonObject();
        foreach (var field in new[] { "basePrompt", "context", "customInstructions", "questions", "greeting" })
        {
            var value = c.ReadString(field, required: requireBasics && field == "basePrompt", minLength: field == "basePrompt" ? 1 : null, maxLength: 100_000);
            if (value is not null)
            {
                config[field] = value;
            }
        }

        var languageId = c.ReadString("languageId", required: requireBasics, minLength: 1);
        var voiceId = c.ReadString("voiceId", required: requireBasics, minLength: 1);
        var errorsBefore = c.Errors.Count;
        OmniaSettings.Parse(c);
        if (c.Errors.Count == errorsBefore)
        {
            foreach (var field in new[] { "firstSpeaker", "interruptible", "inactivityTimeout", "inactivityAction", "maxDuration", "model", "recordingEnabled", "temperature" })
            {
                if (c.Source[field] is { } value)
                {
                    config[field] = value.DeepClone();
                }
            }
        }

        if (languageId is not null)
        {
            if (OmniaCatalog.FindLanguage(languageId) is null)
            {
                throw new ApiErrorException(OmniaErrors.Create(OmniaError.InvalidLanguage, $"Invalid language: {languageId}", zod: true) with
                {
                    Fields = [new FieldError(c.Loc("languageId"), FieldErrorKind.NotInEnum, $"unknown language id '{languageId}' (see GET /languages)")],
                });
            }

            config["languageId"] = OmniaCatalog.FindLanguage(languageId)!.Id;
        }

        if (voiceId is not null)
        {
            if (OmniaCatalog.FindVoice(voiceId) is null)
            {
                throw new ApiErrorException(OmniaErrors.Create(OmniaError.InvalidVoice, $"Invalid voice: {voiceId}", zod: true) with
                {
                    Fields = [new FieldError(c.Loc("voiceId"), FieldErrorKind.NotInEnum, $"unknown voice id '{voiceId}' (see GET /voices)")],
                });
            }

            config["voiceId"] = OmniaCatalog.FindVoice(voiceId)!.Id;
        }

        return config;
    }

    // The agent endpoints answer every body problem in their Zod envelope, not CallApiError.
    private static async Task<JsonObject> ReadBodyAsync(HttpContext http)
    {
        try
        {
            return await RequestBody.ReadJsonObjectAsync(http);
        }
        catch (RequestBodyException e) when (e.Problem != RequestProblem.TooLarge)
        {
            throw new ApiErrorException(OmniaErrors.Create(OmniaError.InvalidBody, e.Message, zod: true));
        }
    }

    private static AgentRecord Require(HttpContext http, EmulatorStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        lock (store.Sync)
        {
            if (!http.Caller().Tenant.OmniaAgents.TryGetValue(id, out var agent))
            {
                OmniaErrors.Throw(OmniaError.NotFound, "Agent not found", zod: true);
            }

            return agent;
        }
    }

    private static void ThrowIfInvalid(FieldReader reader)
    {
        if (!reader.IsValid)
        {
            throw new ApiErrorException(OmniaErrors.Fields(reader.Errors, zod: true));
        }
    }

    private static int PositiveInt(string? text, string name, int min, int max, int fallback, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, $"{name} must be an integer from {min} to {max}"));
            return fallback;
        }

        return value;
    }
}
