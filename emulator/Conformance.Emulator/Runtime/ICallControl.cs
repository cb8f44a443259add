using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Runtime;

/// <summary>
/// What the call runtime may do to the REST layer's state: move a call along its lifecycle,
/// end it, publish surface events (Everruns <c>voice.*</c> on the session stream), and hand
/// over media objects to be released when the call ends. Journal entries go straight to
/// <see cref="CallRecord.Journal"/>.
/// </summary>
public interface ICallControl
{
    CallRecord? Find(string callId);

    /// <summary>Outbound: the far end is alerting (ClutchCall <c>ringing</c>).</summary>
    bool MarkRinging(CallRecord callRecord);

    /// <summary>Media is up / the callee answered (<c>in_progress</c>, <c>connected</c>, <c>active</c>).</summary>
    bool MarkAnswered(CallRecord callRecord);

    /// <summary>Ends the call (terminal state + reason), releases its legs and tokens, publishes the end events. Idempotent.</summary>
    ValueTask EndAsync(CallRecord callRecord, CallState terminal, string reason, CancellationToken cancellationToken = default);

    /// <summary>Publishes an event on the surface's event channel for this call (Everruns: the session SSE stream).</summary>
    void Publish(CallRecord callRecord, string eventType, JsonObject data);

    /// <summary>Keeps a media object alive with the call and disposes it when the call ends.</summary>
    void AttachResource(CallRecord callRecord, IAsyncDisposable resource);
}
