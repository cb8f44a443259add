using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Journal;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Control;

/// <summary>Calls and their journals, and deviations (CTL-CALL-*, CTL-JRN-*, CTL-DEV-*).</summary>
public static class ControlCallHandlers
{
    public static IResult List(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var query = http.Request.Query;
        var tenant = query["tenant"].ToString();
        var surface = query["surface"].ToString();
        var state = query["state"].ToString();
        lock (store.Sync)
        {
            var calls = store.Tenants
                .Where(t => tenant.Length == 0 || t.Id == tenant)
                .SelectMany(t => t.Calls)
                .Where(c => surface.Length == 0 || SurfaceNames.Name(c.Surface) == surface)
                .Where(c => state.Length == 0 || CallStateMachine.Name(c.State) == state)
                .OrderBy(c => c.CreatedAt);
            return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. calls.Select(c => (JsonNode)ControlJson.Call(c))]) });
        }
    }

    public static IResult Get(string callId, EmulatorStore store)
    {
        var call = Require(store, callId);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Call(call));
        }
    }

    /// <summary>
    /// GET /_emulator/calls/{callId}/journal?kind=…&amp;source=…&amp;after=…&amp;limit=…: entries in order;
    /// <c>kind</c> may repeat and ends with '.' for a prefix (<c>media.</c>). Page with <c>after</c> = the last seq seen.
    /// </summary>
    public static IResult Journal(HttpContext http, string callId, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        var call = Require(store, callId);
        var query = http.Request.Query;
        var errors = new List<FieldError>();
        var after = Long(query["after"], "after", 0, errors);
        var limit = (int)Long(query["limit"], "limit", 1000, errors);
        if (limit is < 1 or > 10_000)
        {
            errors.Add(new FieldError(["query", "limit"], FieldErrorKind.Invalid, "limit must be from 1 to 10000"));
        }

        if (errors.Count > 0)
        {
            throw new ApiErrorException(new ControlErrorShape().FromFields(errors));
        }

        var source = query["source"].ToString();
        var entries = call.Journal.Read(new JournalQuery
        {
            Kinds = [.. query["kind"].Where(k => !string.IsNullOrEmpty(k)).Select(k => k!)],
            Source = source.Length == 0 ? null : source,
            AfterSequence = after,
            Limit = limit,
        });
        return SurfaceResult.Ok(new JsonObject
        {
            ["call_id"] = call.Id,
            ["entries"] = new JsonArray([.. entries.Select(e => (JsonNode)e.ToJson())]),
            ["next_after"] = entries.Count > 0 ? entries[^1].Sequence : after,
        });
    }

    /// <summary>POST /_emulator/calls/{callId}/end: end a call from outside (reason; state ended | failed | no_answer).</summary>
    public static async Task<IResult> EndAsync(HttpContext http, string callId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = Require(store, callId);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true), "body");
        reader.RejectUnknown(["reason", "state"]);
        var reason = reader.ReadString("reason", minLength: 1, maxLength: 200) ?? "control_end";
        var state = reader.ReadEnum("state", ["ended", "failed", "no_answer"]) ?? "ended";
        ControlHandlers.ThrowIfInvalid(reader);
        await lifecycle.EndAsync(call, state switch { "failed" => CallState.Failed, "no_answer" => CallState.NoAnswer, _ => CallState.Ended }, reason, http.RequestAborted);
        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Call(call));
        }
    }

    /// <summary>
    /// POST /_emulator/calls/{callId}/state: force dialing | ringing | active — a testing hook
    /// for network-only clients (the call runtime drives these transitions in normal operation).
    /// Illegal transitions → 409 (CTL-CALL-004).
    /// </summary>
    public static async Task<IResult> SetStateAsync(HttpContext http, string callId, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var call = Require(store, callId);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        reader.RejectUnknown(["state"]);
        var state = reader.ReadEnum("state", ["dialing", "ringing", "active"], required: true);
        ControlHandlers.ThrowIfInvalid(reader);
        var moved = state switch
        {
            "dialing" => lifecycle.MarkDialing(call),
            "ringing" => lifecycle.MarkRinging(call),
            _ => lifecycle.MarkAnswered(call),
        };
        if (!moved)
        {
            ControlErrors.Throw(ControlError.Conflict, $"call {call.Id} cannot go from {CallStateMachine.Name(call.State)} to {state}", "illegal_transition");
        }

        lock (store.Sync)
        {
            return SurfaceResult.Ok(ControlJson.Call(call));
        }
    }

    public static IResult Catalog(DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. deviations.Catalog.Select(d => (JsonNode)ControlJson.Descriptor(d))]) });
    }

    public static IResult ActiveDeviations(DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        return SurfaceResult.Ok(new JsonObject { ["data"] = new JsonArray([.. deviations.Active.Select(a => (JsonNode)ControlJson.Active(a))]) });
    }

    public static async Task<IResult> ActivateAsync(HttpContext http, DeviationRegistry deviations, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        reader.RejectUnknown(["name", "parameters", "surface", "tenant"]);
        var name = reader.ReadString("name", required: true, minLength: 1);
        var parameters = reader.ReadObject("parameters");
        var surface = Configuration.ConfigParser.VendorSurface(reader, "surface", required: false);
        var tenant = reader.ReadString("tenant", minLength: 1);
        ControlHandlers.ThrowIfInvalid(reader);
        if (tenant is not null && store.FindTenant(tenant) is null)
        {
            ControlErrors.Throw(ControlError.NotFound, $"no tenant '{tenant}'");
        }

        try
        {
            var active = deviations.Activate(name!, (JsonObject?)parameters?.DeepClone(), new DeviationScope(surface, tenant));
            return SurfaceResult.Ok(ControlJson.Active(active), StatusCodes.Status201Created);
        }
        catch (DeviationException e)
        {
            throw new ApiErrorException(ControlErrors.Create(e.Reason == DeviationError.UnknownDeviation ? ControlError.NotFound : ControlError.BadRequest, e.Message, "deviation_" + e.Reason.ToString().ToLowerInvariant()));
        }
    }

    public static IResult Deactivate(string deviationId, DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        if (!deviations.Deactivate(deviationId))
        {
            ControlErrors.Throw(ControlError.NotFound, $"no active deviation '{deviationId}'");
        }

        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    public static IResult Clear(DeviationRegistry deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        deviations.Clear();
        return SurfaceResult.Empty(StatusCodes.Status204NoContent);
    }

    private static CallRecord Require(EmulatorStore store, string callId)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.FindCall(callId) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, $"no call '{callId}'"));
    }

    private static long Long(string? text, string name, long fallback, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            errors.Add(new FieldError(["query", name], FieldErrorKind.Invalid, $"{name} must be a non-negative integer"));
            return fallback;
        }

        return value;
    }
}
