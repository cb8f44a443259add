using System.Text.Json.Nodes;

namespace Conformance.Emulator.State;

/// <summary>The OpenAI Realtime view of a call (<c>rtc_…</c>): its kind, resolved session config and SIP control state.</summary>
public sealed class OpenAICallFacet
{
    public required string CallId { get; init; }

    public required OpenAICallKind Kind { get; init; }

    /// <summary>The resolved <c>RealtimeSessionCreateRequestGA</c> the call runs with.</summary>
    public required JsonObject Session { get; set; }

    public SipCallStatus? SipStatus { get; set; }

    public JsonArray? SipHeaders { get; init; }

    public int? RejectStatusCode { get; set; }

    public string? ReferTarget { get; set; }

    /// <summary>The ephemeral secret (<c>ek_…</c>) the call was created with, if any.</summary>
    public string? ClientSecret { get; init; }
}
