using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>The session and agent endpoints a client needs before it can open a voice connection.</summary>
public static class EverrunsSessionHandlers
{
    private const string AgentNamePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>POST /v1/sessions (create_session) → 201 Session.</summary>
    public static async Task<IResult> CreateSessionAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var body = await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true);
        var reader = new FieldReader(body, "body");
        var agentId = reader.ReadString("agent_id", pattern: "^agent_[0-9a-f]{32}$");
        var agentName = reader.ReadString("agent_name", minLength: 1, maxLength: 64);
        var title = reader.ReadString("title", maxLength: 500);
        var tags = Tags(reader);
        if (agentId is not null && agentName is not null)
        {
            reader.Fail("agent_name", FieldErrorKind.Conflict, "agent_id and agent_name are mutually exclusive");
        }

        EverrunsVoice.ThrowIfInvalid(reader);
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            var agent = agentId is not null ? tenant.EverrunsAgents.GetValueOrDefault(agentId)
                : agentName is not null ? tenant.EverrunsAgents.Values.FirstOrDefault(a => a.Name == agentName)
                : null;
            if ((agentId ?? agentName) is { } wanted && agent is null)
            {
                EverrunsProblems.Throw(EverrunsError.NotFound, $"Agent '{wanted}' not found in org {tenant.EverrunsOrgId}.", "agent_not_found");
            }

            var session = store.CreateSession(tenant, agent?.Id, title, tags, "api");
            return SurfaceResult.Ok(EverrunsJson.Session(session, tenant, http.BaseUrl()), StatusCodes.Status201Created);
        }
    }

    /// <summary>GET /v1/sessions/{sessionId} (get_session).</summary>
    public static IResult GetSession(HttpContext http, string sessionId, EverrunsVoice voice)
    {
        ArgumentNullException.ThrowIfNull(voice);
        var session = voice.RequireSession(http, sessionId);
        return SurfaceResult.Ok(EverrunsJson.Session(session, http.Caller().Tenant, http.BaseUrl()));
    }

    /// <summary>DELETE /v1/sessions/{sessionId} (delete_session) → 204; its live voice connections end, its streams close.</summary>
    public static async Task<IResult> DeleteSessionAsync(HttpContext http, string sessionId, EverrunsVoice voice, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(voice);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var session = voice.RequireSession(http, sessionId);
        foreach (var call in voice.Store.LiveCalls().Where(c => c.Everruns?.SessionId == session.Id))
        {
            await lifecycle.EndAsync(call, CallState.Ended, "session_deleted", http.RequestAborted);
        }

        voice.Store.RemoveSession(session);
        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    /// <summary>POST /v1/agents (create_agent) → 201 Agent.</summary>
    public static async Task<IResult> CreateAgentAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        var name = reader.ReadString("name", required: true, maxLength: 64, pattern: AgentNamePattern);
        var prompt = reader.ReadString("system_prompt", required: true, maxLength: 100_000);
        var id = reader.ReadString("id", pattern: "^agent_[0-9a-f]{32}$");
        var description = reader.ReadString("description", maxLength: 2000);
        var displayName = reader.ReadString("display_name", maxLength: 200);
        var tags = Tags(reader);
        EverrunsVoice.ThrowIfInvalid(reader);
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            if (tenant.EverrunsAgents.Values.Any(a => a.Name == name) || (id is not null && tenant.EverrunsAgents.ContainsKey(id)))
            {
                EverrunsProblems.Throw(EverrunsError.Conflict, $"An agent named '{name}' (or with id {id}) already exists in org {tenant.EverrunsOrgId}.", "agent_already_exists");
            }

            var config = new JsonObject
            {
                ["system_prompt"] = prompt,
                ["display_name"] = displayName,
                ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)JsonValue.Create(t))]),
                ["harness_id"] = PublicIds.NewPrefixed("harness", store.Now),
            };
            var agent = store.AddAgent(tenant.Id, new AgentSeed(Surface.Everruns, id, name!, description, "active", AgentBinding.DefaultPersona, new TurnKnobs(), config));
            return SurfaceResult.Ok(EverrunsJson.Agent(agent, http.BaseUrl()), StatusCodes.Status201Created);
        }
    }

    /// <summary>GET /v1/agents/{agentId} (get_agent).</summary>
    public static IResult GetAgent(HttpContext http, string agentId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        EverrunsIds.RequireWellFormed(http, agentId, "agent", "agent");
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            if (!tenant.EverrunsAgents.TryGetValue(agentId, out var agent))
            {
                EverrunsProblems.Throw(EverrunsError.NotFound, $"Agent {agentId} not found in org {tenant.EverrunsOrgId}.", "agent_not_found");
            }

            return SurfaceResult.Ok(EverrunsJson.Agent(agent, http.BaseUrl()));
        }
    }

    /// <summary>GET /v1/agents (list_agents): search, include_archived, offset/limit (default 20, max 100).</summary>
    public static IResult ListAgents(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        var offset = QueryInt(query["offset"], "offset", 0, int.MaxValue, 0, errors);
        var limit = QueryInt(query["limit"], "limit", 1, 100, 20, errors);
        var includeArchived = query["include_archived"].ToString() switch
        {
            "" or "false" => false,
            "true" => true,
            var other => Bad(errors, "include_archived", $"include_archived must be true or false, not '{other}'"),
        };
        if (errors.Count > 0)
        {
            throw new ApiErrorException(new EverrunsErrorShape().FromFields(errors));
        }

        var search = query["search"].ToString();
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            var matching = tenant.EverrunsAgents.Values
                .Where(a => includeArchived || a.Status == "active")
                .Where(a => search.Length == 0 || a.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || (a.Description?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false))
                .OrderBy(a => a.CreatedAt)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .ToArray();
            var page = matching.Skip(offset).Take(limit).Select(a => (JsonNode)EverrunsJson.Agent(a, http.BaseUrl())).ToArray();
            var listUrl = $"{http.BaseUrl()}/everruns/v1/agents";
            return SurfaceResult.Ok(new JsonObject
            {
                ["data"] = new JsonArray(page),
                ["total"] = matching.Length,
                ["offset"] = offset,
                ["limit"] = limit,
                ["next_url"] = offset + limit < matching.Length ? $"{listUrl}?offset={offset + limit}&limit={limit}" : null,
                ["prev_url"] = offset > 0 ? $"{listUrl}?offset={Math.Max(0, offset - limit)}&limit={limit}" : null,
            });
        }
    }

    private static List<string> Tags(FieldReader reader)
    {
        var tags = new List<string>();
        if (reader.ReadArray("tags") is { } array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonValue v && v.TryGetValue<string>(out var tag))
                {
                    tags.Add(tag);
                }
                else
                {
                    reader.Add(new FieldError([.. reader.Loc("tags"), i], FieldErrorKind.WrongType, $"tags[{i}] must be a string") { ExpectedType = "string" });
                }
            }
        }

        return tags;
    }

    private static int QueryInt(string? text, string name, int min, int max, int fallback, List<FieldError> errors)
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

    private static bool Bad(List<FieldError> errors, string name, string message)
    {
        errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, message));
        return false;
    }
}
