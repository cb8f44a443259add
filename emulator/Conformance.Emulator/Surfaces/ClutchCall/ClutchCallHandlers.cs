using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>
/// ClutchCall's voice procedures over tRPC (specs/clutchcall/procedures.md §2): queries are GET
/// with <c>?input=</c> (form-encoded JSON), mutations POST the input as the raw body; every
/// success is <c>{"result":{"data":…}}</c>, <c>data</c> present even for void procedures
/// (CLU-TRPC-003). Absent, null and "" optional fields are alike (CLU-IN-002).
/// </summary>
public static class ClutchCallHandlers
{
    public const int DefaultRingTimeoutSec = 30;
    public const int MinRingTimeoutSec = 5;
    public const int MaxRingTimeoutSec = 120;

    public static async Task<IResult> OriginateAsync(HttpContext http, EmulatorStore store, ICallRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        var input = await MutationInputAsync(http);
        var tenant = RequireOrg(http, store, input);
        var reader = new FieldReader(input, "input");
        var to = E164(reader, "to", required: true);
        var from = E164(reader, "from", required: true);
        var trunk = reader.ReadString("trunkId", required: true, minLength: 1);
        var agentId = Optional(reader, "agent");
        var ring = reader.ReadInteger("ringTimeoutSec");
        ThrowIfInvalid(reader);
        var ringTimeout = (int)Math.Clamp(ring ?? DefaultRingTimeoutSec, MinRingTimeoutSec, MaxRingTimeoutSec);
        CallRecord call;
        lock (store.Sync)
        {
            if (!tenant.ClutchCallTrunks.Contains(trunk!))
            {
                TrpcErrors.Throw(TrpcError.NotFound, $"Trunk '{trunk}' not found");
            }

            AgentRecord? agent = null;
            if (agentId is not null && !tenant.ClutchCallAgents.TryGetValue(agentId, out agent))
            {
                TrpcErrors.Throw(TrpcError.NotFound, $"Agent '{agentId}' not found");
            }

            call = store.NewCall(tenant, Surface.ClutchCall, CallTransport.Phone, "CA" + PublicIds.NewHex(16));
            call.ApiKey = http.Caller().Key.Key;
            call.ClutchCall = new ClutchCallFacet { OrgId = tenant.ClutchCallOrgId, To = to!, From = from!, TrunkId = trunk!, AgentId = agentId, RingTimeoutSec = ringTimeout };
            call.Agent = agent?.ToBinding();
            store.TryTransition(call, CallState.Dialing);
            call.RingDeadline = store.Now.AddSeconds(ringTimeout);
        }

        http.Bind(call);
        await runtime.OriginateAsync(call, new OriginateRequest(to!, from!, ringTimeout) { TrunkId = trunk }, http.RequestAborted);
        return Data(http, CallData(call, store));
    }

    public static IResult Get(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var input = QueryInput(http);
        RequireOrg(http, store, input);
        var call = RequireCall(http, store, input);
        return Data(http, CallData(call, store));
    }

    public static async Task<IResult> TransferAsync(HttpContext http, EmulatorStore store, ICallRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        var input = await MutationInputAsync(http);
        var tenant = RequireOrg(http, store, input);
        var call = RequireCall(http, store, input);
        var reader = new FieldReader(input, "input");
        var to = Optional(reader, "to");
        var agentId = Optional(reader, "agent");
        if ((to is null) == (agentId is null))
        {
            reader.Fail("to", FieldErrorKind.Conflict, "exactly one of to or agent is required");
        }
        else if (to is not null && !PublicIds.IsE164(to))
        {
            reader.Fail("to", FieldErrorKind.PatternMismatch, "to must be E.164, e.g. +15551234567");
        }

        ThrowIfInvalid(reader);
        AgentRecord? agent = null;
        lock (store.Sync)
        {
            if (call.State != CallState.Active)
            {
                TrpcErrors.Throw(TrpcError.Conflict, $"Call {call.Id} is {Status(call)}; only an in_progress call can be transferred");
            }

            if (agentId is not null && !tenant.ClutchCallAgents.TryGetValue(agentId, out agent))
            {
                TrpcErrors.Throw(TrpcError.NotFound, $"Agent '{agentId}' not found");
            }

            if (agent is not null)
            {
                call.Agent = agent.ToBinding();
                call.ClutchCall!.AgentId = agent.Id;
            }
            else
            {
                call.ClutchCall!.TransferredTo = to;
            }
        }

        if (agent is not null)
        {
            await runtime.AttachAgentAsync(call, agent.ToBinding(), http.RequestAborted);
        }
        else
        {
            await runtime.TransferAsync(call, to!, http.RequestAborted);
        }

        return Data(http, null);
    }

    public static async Task<IResult> HangupAsync(HttpContext http, EmulatorStore store, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var input = await MutationInputAsync(http);
        RequireOrg(http, store, input);
        var call = RequireCall(http, store, input);
        await lifecycle.EndAsync(call, CallState.Ended, "hangup", http.RequestAborted);
        return Data(http, null);
    }

    /// <summary>voice.agents.attach: a registered agent id, or an inline AgentSpec object (seed 003; encoding ours, CLU-SPEC-001).</summary>
    public static async Task<IResult> AttachAsync(HttpContext http, EmulatorStore store, ICallRuntime runtime, Runtime.IPersonaCatalog personas)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(personas);
        var input = await MutationInputAsync(http);
        var tenant = RequireOrg(http, store, input);
        var call = RequireCall(http, store, input);
        var reader = new FieldReader(input, "input");
        AgentBinding? binding = null;
        string? agentId = null;
        switch (input["agent"])
        {
            case JsonObject spec:
                binding = AgentSpec.Parse(reader.Nested("agent", spec), personas);
                break;
            case JsonValue value when value.TryGetValue<string>(out var id) && id.Length > 0:
                agentId = id;
                break;
            case JsonValue value when value.TryGetValue<string>(out _):
            case null:
                reader.Fail("agent", FieldErrorKind.Missing, "agent is required: a registered agent id or an AgentSpec object");
                break;
            default:
                reader.Fail("agent", FieldErrorKind.WrongType, "agent must be a registered agent id (string) or an AgentSpec object");
                break;
        }

        ThrowIfInvalid(reader);
        lock (store.Sync)
        {
            if (agentId is not null)
            {
                if (!tenant.ClutchCallAgents.TryGetValue(agentId, out var agent))
                {
                    TrpcErrors.Throw(TrpcError.NotFound, $"Agent '{agentId}' not found");
                }

                binding = agent.ToBinding();
            }

            if (call.IsTerminal)
            {
                TrpcErrors.Throw(TrpcError.Conflict, $"Call {call.Id} has ended ({Status(call)})");
            }

            call.Agent = binding;
            call.ClutchCall!.AgentId = agentId ?? "inline";
        }

        await runtime.AttachAgentAsync(call, binding!, http.RequestAborted);
        return Data(http, null);
    }

    /// <summary>CallData (procedures.md §3): sid, status, to and from always; trunkId and agent when set.</summary>
    public static JsonObject CallData(CallRecord call, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(store);
        lock (store.Sync)
        {
            var facet = call.ClutchCall!;
            var data = new JsonObject
            {
                ["sid"] = call.Id,
                ["status"] = Status(call),
                ["to"] = facet.To,
                ["from"] = facet.From,
                ["startedAt"] = Rfc3339.Format(call.CreatedAt),
                ["trunkId"] = facet.TrunkId,
            };
            if (facet.AgentId is not null)
            {
                data["agent"] = facet.AgentId;
            }

            return data;
        }
    }

    /// <summary>CallStatus: dialing → ringing → in_progress → completed | failed | no_answer (CLU-CALL-004).</summary>
    public static string Status(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.State switch
        {
            CallState.Created or CallState.Dialing => "dialing",
            CallState.Ringing => "ringing",
            CallState.Active => "in_progress",
            CallState.Ended => "completed",
            CallState.Failed => "failed",
            _ => "no_answer",
        };
    }

    private static SurfaceResult Data(HttpContext http, JsonNode? data)
    {
        var deviations = http.RequestServices.GetRequiredService<DeviationRegistry>();
        var result = data is null && deviations.Find(RestDeviations.VoidResultWithoutData, Surface.ClutchCall, http.Caller().TenantId) is not null
            ? new JsonObject()
            : new JsonObject { ["data"] = data };
        return SurfaceResult.Ok(new JsonObject { ["result"] = result });
    }

    private static async Task<JsonObject> MutationInputAsync(HttpContext http)
    {
        RejectBatch(http);
        var body = await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true);
        return Unwrap(body);
    }

    private static JsonObject QueryInput(HttpContext http)
    {
        RejectBatch(http);
        var text = http.Request.Query["input"].ToString();
        if (text.Length == 0)
        {
            return [];
        }

        Exchange.Of(http).RequestBody = text;
        return RequestBody.ParseJson(text) is JsonObject obj
            ? Unwrap(obj)
            : throw new ApiErrorException(TrpcErrors.Create(TrpcError.BadRequest, "input must be a JSON object"));
    }

    // A transformer-style {"json": input} wrapper is accepted as well as the raw input (CLU-TRPC-002).
    private static JsonObject Unwrap(JsonObject input) =>
        input.Count == 1 && input["json"] is JsonObject inner ? inner : input;

    private static void RejectBatch(HttpContext http)
    {
        if (http.Request.Query.ContainsKey("batch"))
        {
            TrpcErrors.Throw(TrpcError.BadRequest, "Batch calls are not supported by this server");
        }
    }

    private static Tenant RequireOrg(HttpContext http, EmulatorStore store, JsonObject input)
    {
        var reader = new FieldReader(input, "input");
        var orgId = reader.ReadString("orgId", required: true, minLength: 1);
        ThrowIfInvalid(reader);
        var tenant = http.Caller().Tenant;
        lock (store.Sync)
        {
            if (orgId != tenant.ClutchCallOrgId)
            {
                TrpcErrors.Throw(TrpcError.Forbidden, $"orgId '{orgId}' is not the organization of this API key");
            }
        }

        return tenant;
    }

    private static CallRecord RequireCall(HttpContext http, EmulatorStore store, JsonObject input)
    {
        var reader = new FieldReader(input, "input");
        var sid = reader.ReadString("sid", required: true, minLength: 1);
        ThrowIfInvalid(reader);
        var call = store.FindCall(sid!);
        if (call?.ClutchCall is null || call.TenantId != http.Caller().TenantId)
        {
            TrpcErrors.Throw(TrpcError.NotFound, $"Call '{sid}' not found");
        }

        http.Bind(call);
        return call;
    }

    private static string? Optional(FieldReader reader, string name)
    {
        var value = reader.ReadString(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? E164(FieldReader reader, string name, bool required)
    {
        var value = reader.ReadString(name, required);
        if (value is not null && !PublicIds.IsE164(value))
        {
            reader.Fail(name, FieldErrorKind.PatternMismatch, $"{name} must be E.164, e.g. +15551234567");
            return null;
        }

        return value;
    }

    private static void ThrowIfInvalid(FieldReader reader)
    {
        if (!reader.IsValid)
        {
            throw new ApiErrorException(new ClutchCallErrorShape().FromFields(reader.Errors));
        }
    }
}
