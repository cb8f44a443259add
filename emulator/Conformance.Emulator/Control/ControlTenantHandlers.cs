using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Control;

/// <summary>Tenants, API keys (credits, rate limits), agents and personas (CTL-TEN-*, CTL-KEY-*, CTL-AGT-*).</summary>
public static class ControlTenantHandlers
{
    public static IResult List(EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. store.Tenants.Select(t => (JsonNode)ControlJson.Tenant(t, store.KeysOf(t.Id)))]) });
        }
    }

    /// <summary>POST /_emulator/tenants: the same shape as a config file's <c>tenants[]</c> entry.</summary>
    public static async Task<IResult> CreateAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var config = ConfigParser.Tenant(reader);
        ControlHandlers.ThrowIfInvalid(reader);
        var tenant = Guard(() => store.AddTenant(config));
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Tenant(tenant, store.KeysOf(tenant.Id)), StatusCodes.Status201Created);
        }
    }

    public static IResult Get(string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tenant = Require(store, tenantId);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Tenant(tenant, store.KeysOf(tenant.Id)));
        }
    }

    public static async Task<IResult> UpdateAsync(HttpContext http, string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var tenant = Require(store, tenantId);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        reader.RejectUnknown(["name", "voiceEnabled"]);
        var name = reader.ReadString("name", minLength: 1, maxLength: 200);
        var voice = reader.ReadBoolean("voiceEnabled");
        ControlHandlers.ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            tenant.Name = name ?? tenant.Name;
            tenant.VoiceEnabled = voice ?? tenant.VoiceEnabled;
            return SurfaceResult.Ok(ControlJson.Tenant(tenant, store.KeysOf(tenant.Id)));
        }
    }

    public static async Task<IResult> DeleteAsync(HttpContext http, string tenantId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lifecycle);
        Require(store, tenantId);
        await lifecycle.EndTenantCallsAsync(tenantId, "tenant_deleted", http.RequestAborted);
        store.RemoveTenant(tenantId);
        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    public static IResult ListKeys(string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Require(store, tenantId);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. store.KeysOf(tenantId).Select(k => (JsonNode)ControlJson.Key(k))]) });
        }
    }

    public static async Task<IResult> CreateKeyAsync(HttpContext http, string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Require(store, tenantId);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var config = ConfigParser.Key(reader);
        ControlHandlers.ThrowIfInvalid(reader);
        var key = Guard(() => store.AddKey(tenantId, config));
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Key(key), StatusCodes.Status201Created);
        }
    }

    /// <summary>PATCH /_emulator/keys/{key}: credits (null = unlimited), rate limit (null = none), disabled.</summary>
    public static async Task<IResult> UpdateKeyAsync(HttpContext http, string key, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var record = store.FindKey(key) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, $"no API key '{key}'"));
        var body = await RequestBody.ReadJsonObjectAsync(http);
        var reader = new FieldReader(body, "body");
        reader.RejectUnknown(["credits", "rateLimit", "disabled"]);
        var credits = reader.ReadNumber("credits", 0, 1e12);
        var rateLimit = ConfigParser.RateLimitOf(reader);
        var disabled = reader.ReadBoolean("disabled");
        ControlHandlers.ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            if (body.ContainsKey("credits"))
            {
                record.Credits = (decimal?)credits;
            }

            if (body.ContainsKey("rateLimit"))
            {
                record.RateLimit = rateLimit;
                record.ResetWindow();
            }

            record.Disabled = disabled ?? record.Disabled;
            return SurfaceResult.Ok(ControlJson.Key(record));
        }
    }

    public static IResult DeleteKey(string key, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!store.RemoveKey(key))
        {
            ControlErrors.Throw(ControlError.NotFound, $"no API key '{key}'");
        }

        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    public static IResult ListAgents(HttpContext http, string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var tenant = Require(store, tenantId);
        var surfaceName = http.Request.Query["surface"].ToString();
        Surface? surface = null;
        if (surfaceName.Length > 0)
        {
            if (!SurfaceNames.TryParse(surfaceName, out var parsed) || parsed is Surface.Control or Surface.OpenAI)
            {
                ControlErrors.Throw(ControlError.BadRequest, "surface must be everruns, omnia, clutchcall or voiceai");
            }

            surface = parsed;
        }

        lock (store.Sync)
        {
            var agents = new[] { tenant.EverrunsAgents, tenant.OmniaAgents, tenant.ClutchCallAgents, tenant.VoiceAiAgents }
                .SelectMany(a => a.Values)
                .Where(a => surface is null || a.Surface == surface);
            return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. agents.Select(a => (JsonNode)ControlJson.Agent(a))]) });
        }
    }

    /// <summary>POST /_emulator/tenants/{tenantId}/agents: register an agent on a surface with a persona and turn knobs.</summary>
    public static async Task<IResult> CreateAgentAsync(HttpContext http, string tenantId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Require(store, tenantId);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        var seed = ConfigParser.Agent(reader);
        ControlHandlers.ThrowIfInvalid(reader);
        var agent = Guard(() => store.AddAgent(tenantId, seed));
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Agent(agent), StatusCodes.Status201Created);
        }
    }

    public static IResult Personas(IPersonaCatalog personas)
    {
        ArgumentNullException.ThrowIfNull(personas);
        return SurfaceResult.Ok(new JsonObject
        {
            ["authoritative"] = personas.IsAuthoritative,
            ["personas"] = new JsonArray([.. personas.Personas.Select(p => (JsonNode)JsonValue.Create(p))]),
            ["default"] = AgentBinding.DefaultPersona,
        });
    }

    private static Tenant Require(EmulatorStore store, string tenantId) =>
        store.FindTenant(tenantId) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, $"no tenant '{tenantId}'"));

    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (StoreException e)
        {
            throw new ApiErrorException(ControlErrors.Create(e.Reason switch
            {
                StoreError.Conflict => ControlError.Conflict,
                StoreError.NotFound => ControlError.NotFound,
                _ => ControlError.BadRequest,
            }, e.Message));
        }
    }
}
