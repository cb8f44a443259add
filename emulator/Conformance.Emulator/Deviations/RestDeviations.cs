using Conformance.Emulator.State;

namespace Conformance.Emulator.Deviations;

/// <summary>
/// The REST-level deviations this layer implements. Names are stable: harness scenarios and
/// configs refer to them. The media ones belong to the call runtime, which registers them.
/// </summary>
public static class RestDeviations
{
    public const string ErrorShapeWrong = "rest.error_shape_wrong";
    public const string ErrorStatusWrong = "rest.error_status_wrong";
    public const string ResponseFieldMissing = "rest.response_field_missing";
    public const string SuccessStatusWrong = "rest.success_status_wrong";
    public const string IdsNotValidated = "rest.ids_not_validated";
    public const string RateLimitHeadersMissing = "omnia.rate_limit_headers_missing";
    public const string WebsocketUrlReusable = "omnia.websocket_url_reusable";
    public const string EndTokenUnscoped = "voiceai.end_token_unscoped";
    public const string LeaseNotEnforced = "everruns.lease_not_enforced";
    public const string VoidResultWithoutData = "clutchcall.void_result_without_data";

    public static IReadOnlyList<DeviationDescriptor> All { get; } =
    [
        new(ErrorShapeWrong, DeviationLayer.Rest,
            "Errors are written as a bare {\"message\",\"status\"} JSON object instead of the surface's documented error shape.",
            [], []) { Breaks = ["EVR-ERR-001", "OAI-ERR-001", "OMN-ERR-001", "CLU-ERR-001", "VAI-ERR-001"] },
        new(ErrorStatusWrong, DeviationLayer.Rest,
            "Error responses documented with status 'from' are sent with status 'to' instead (body unchanged).",
            [new("from", "integer", true, "the documented status to replace, e.g. 404"), new("to", "integer", true, "the status sent instead, e.g. 400")], [])
            { Breaks = ["EVR-ID-002", "OMN-ERR-002"] },
        new(ResponseFieldMissing, DeviationLayer.Rest,
            "A top-level field is dropped from success bodies (of one operation, or of all).",
            [new("field", "string", true, "top-level property name, e.g. expires_at"), new("operation", "string", false, "operationId to limit it to")], [])
            { Breaks = ["EVR-CALL-003", "OMN-CALL-004", "VAI-CONN-002"] },
        new(SuccessStatusWrong, DeviationLayer.Rest,
            "A successful operation answers with another 2xx status than documented (e.g. 200 for a 201).",
            [new("operation", "string", true, "operationId"), new("status", "integer", true, "status to send, 200-299")], [])
            { Breaks = ["OMN-CALL-001", "OAI-CALL-001"] },
        new(IdsNotValidated, DeviationLayer.Rest,
            "Malformed prefixed ids are treated as unknown ids (404) instead of being rejected (400).",
            [], [Surface.Everruns]) { Breaks = ["EVR-ID-002"] },
        new(RateLimitHeadersMissing, DeviationLayer.Rest,
            "Omnia responses omit X-RateLimit-Limit/Remaining/Reset.",
            [], [Surface.Omnia]) { Breaks = ["OMN-RATE-001"] },
        new(WebsocketUrlReusable, DeviationLayer.Rest,
            "An Omnia websocketUrl can be opened more than once.",
            [], [Surface.Omnia]) { Breaks = ["OMN-WS-002"] },
        new(EndTokenUnscoped, DeviationLayer.Rest,
            "A Voice.ai end_token ends any call of the tenant, not only its own.",
            [], [Surface.VoiceAi]) { Breaks = ["VAI-END-003"] },
        new(LeaseNotEnforced, DeviationLayer.Rest,
            "Everruns voice connections keep running after expires_at.",
            [], [Surface.Everruns]) { Breaks = ["EVR-LEASE-002"] },
        new(VoidResultWithoutData, DeviationLayer.Rest,
            "ClutchCall void procedures answer {\"result\":{}} without result.data (which every SDK rejects).",
            [], [Surface.ClutchCall]) { Breaks = ["CLU-TRPC-003"] },
    ];
}
