using Conformance.Emulator.Journal;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.State;

/// <summary>
/// One emulated call, whatever surface created it. It may carry several public names
/// (an Everruns <c>voice_…</c> id and the OpenAI <c>rtc_…</c> id of the same call) and one facet
/// per surface that knows it. Mutable state changes only under the store's lock
/// (<see cref="EmulatorStore"/>); the journal has its own lock so the runtime can append from
/// its call loop without touching the store.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The token source has no timer and no wait handle is ever requested; cancelling it is all the cleanup it needs.")]
public sealed class CallRecord
{
    private readonly CancellationTokenSource _ended = new();
    private readonly List<string> _aliases = [];

    internal CallRecord(string id, Surface surface, string tenantId, CallTransport transport, DateTimeOffset createdAt, TimeProvider clock)
    {
        Id = id;
        Surface = surface;
        TenantId = tenantId;
        Transport = transport;
        CreatedAt = createdAt;
        Journal = new CallJournal(id, clock);
    }

    public string Id { get; }

    public Surface Surface { get; }

    public string TenantId { get; }

    public CallTransport Transport { get; internal set; }

    public DateTimeOffset CreatedAt { get; }

    public CallState State { get; internal set; }

    public DateTimeOffset? AnsweredAt { get; internal set; }

    public DateTimeOffset? EndedAt { get; internal set; }

    public string? EndReason { get; internal set; }

    /// <summary>When the call's lease runs out (Everruns one-hour lease, Omnia maxDuration…); null = none.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; internal set; }

    /// <summary>Outbound calls: when an unanswered call becomes <see cref="CallState.NoAnswer"/>.</summary>
    public DateTimeOffset? RingDeadline { get; internal set; }

    /// <summary>The API key that created the call (credits are charged to it when it ends).</summary>
    public string? ApiKey { get; internal set; }

    public AgentBinding? Agent { get; internal set; }

    public MediaStreamLeg? MediaStream { get; internal set; }

    public IReadOnlyList<string> Aliases => _aliases;

    public CallJournal Journal { get; }

    /// <summary>Cancelled when the call reaches a terminal state: legs and socket loops stop on it.</summary>
    public CancellationToken Ended => _ended.Token;

    public EverrunsVoiceFacet? Everruns { get; internal set; }

    public OpenAICallFacet? OpenAI { get; internal set; }

    public OmniaCallFacet? Omnia { get; internal set; }

    public ClutchCallFacet? ClutchCall { get; internal set; }

    public VoiceAiCallFacet? VoiceAi { get; internal set; }

    public bool IsTerminal => CallStateMachine.IsTerminal(State);

    /// <summary>Media objects the call holds (e.g. a peer connection) that must be released when it ends.</summary>
    internal List<IAsyncDisposable> Resources { get; } = [];

    internal void AddAlias(string alias) => _aliases.Add(alias);

    internal void SignalEnded()
    {
        if (!_ended.IsCancellationRequested)
        {
            _ended.Cancel();
        }
    }

    public override string ToString() => $"{Id} ({SurfaceNames.Name(Surface)}, {CallStateMachine.Name(State)})";
}
