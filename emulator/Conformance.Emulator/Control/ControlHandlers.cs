using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Hosting;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Control;

/// <summary>Host-level control endpoints: health, info, diagnostics, reset, the lease clock, and simulated incoming SIP calls.</summary>
public static class ControlHandlers
{
    public static IResult Health() => SurfaceResult.Ok(new JsonObject { ["status"] = "ok" });

    public static IResult Info(HttpContext http, EmulatorStore store, ICallRuntime runtime, IWebRtcAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(http);
        return SurfaceResult.Ok(EmulatorInfo.Build(http.BaseUrl(), store, runtime, answerer));
    }

    public static IResult Diagnostics(EmulatorStore store, ICallRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        var d = store.Diagnostics();
        return SurfaceResult.Ok(new JsonObject
        {
            ["tenants"] = d.Tenants,
            ["keys"] = d.Keys,
            ["calls"] = d.Calls,
            ["live_calls"] = d.LiveCalls,
            ["live_tokens"] = d.LiveTokens,
            ["client_secrets"] = d.ClientSecrets,
            ["sessions"] = d.Sessions,
            ["sse_subscribers"] = d.SseSubscribers,
            ["call_resources"] = d.CallResources,
            ["runtime_installed"] = runtime.IsInstalled,
        });
    }

    /// <summary>POST /_emulator/reset: ends every live call and returns to the start-up configuration (CTL-RESET-001).</summary>
    public static async Task<IResult> ResetAsync(HttpContext http, CallLifecycle lifecycle, EmulatorConfig startup)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(lifecycle);
        await lifecycle.ResetAsync(startup, http.RequestAborted);
        return SurfaceResult.Ok(new JsonObject { ["status"] = "reset" });
    }

    public static IResult Clock(LeaseClock clock) => SurfaceResult.Ok(ClockJson(clock));

    /// <summary>POST /_emulator/clock/advance: moves lease time forward, then expires whatever fell due (CTL-CLOCK-001). Media pacing is unaffected.</summary>
    public static async Task<IResult> AdvanceAsync(HttpContext http, LeaseClock clock, CallLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(lifecycle);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http), "body");
        reader.RejectUnknown(["seconds", "ms"]);
        var seconds = reader.ReadNumber("seconds", 0, 31_536_000);
        var ms = reader.ReadInteger("ms", 0, 31_536_000_000);
        if ((seconds is null) == (ms is null) && reader.IsValid)
        {
            reader.Fail("seconds", FieldErrorKind.Conflict, "give exactly one of seconds or ms");
        }

        ThrowIfInvalid(reader);
        clock.Advance(seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMilliseconds(ms!.Value));
        await lifecycle.SweepAsync(http.RequestAborted);
        return SurfaceResult.Ok(ClockJson(clock));
    }

    /// <summary>
    /// POST /_emulator/openai/sip-calls: an incoming SIP call arrives at the OpenAI layer (what
    /// the trunk + <c>realtime.call.incoming</c> webhook would announce; vendors.md §5.3). Returns
    /// the call id and the webhook event, so a client can accept/reject/refer it.
    /// </summary>
    public static async Task<IResult> IncomingSipCallAsync(HttpContext http, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        var reader = new FieldReader(await RequestBody.ReadJsonObjectAsync(http, emptyAsObject: true), "body");
        reader.RejectUnknown(["tenant", "from", "to"]);
        var tenantId = reader.ReadString("tenant", pattern: ConfigParser.NamePattern) ?? DefaultSeed.TenantId;
        var from = reader.ReadString("from", maxLength: 256) ?? "sip:+15550001111@carrier.example";
        var to = reader.ReadString("to", maxLength: 256) ?? "sip:proj_emulator@sip.api.openai.com";
        ThrowIfInvalid(reader);
        var tenant = store.FindTenant(tenantId) ?? throw new ApiErrorException(ControlErrors.Create(ControlError.NotFound, $"no tenant '{tenantId}'"));
        CallRecord call;
        var headers = new JsonArray
        {
            new JsonObject { ["name"] = "From", ["value"] = $"<{from}>" },
            new JsonObject { ["name"] = "To", ["value"] = $"<{to}>" },
        };
        lock (store.Sync)
        {
            var id = "rtc_" + PublicIds.NewHex(16);
            call = store.NewCall(tenant, Surface.OpenAI, CallTransport.Sip, id);
            call.LeaseExpiresAt = store.Now.AddSeconds(Surfaces.OpenAI.OpenAIHandlers.MaxCallSeconds);
            call.OpenAI = new OpenAICallFacet
            {
                CallId = id,
                Kind = OpenAICallKind.Sip,
                Session = Surfaces.OpenAI.RealtimeSession.Resolve(new FieldReader(Surfaces.OpenAI.RealtimeSession.Minimal(), "session")),
                SipStatus = SipCallStatus.Incoming,
                SipHeaders = headers,
            };
            store.TryTransition(call, CallState.Ringing);
        }

        http.Bind(call);
        var webhook = new JsonObject
        {
            ["id"] = "evt_" + PublicIds.NewHex(12),
            ["object"] = "event",
            ["type"] = "realtime.call.incoming",
            ["created_at"] = call.CreatedAt.ToUnixTimeSeconds(),
            ["data"] = new JsonObject { ["call_id"] = call.Id, ["sip_headers"] = headers.DeepClone() },
        };
        return SurfaceResult.Ok(new JsonObject { ["call_id"] = call.Id, ["webhook"] = webhook }, StatusCodes.Status201Created);
    }

    public static void ThrowIfInvalid(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.IsValid)
        {
            throw new ApiErrorException(new ControlErrorShape().FromFields(reader.Errors));
        }
    }

    private static JsonObject ClockJson(LeaseClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new JsonObject { ["now"] = Rfc3339.Format(clock.GetUtcNow()), ["offset_ms"] = (long)clock.Offset.TotalMilliseconds };
    }
}
