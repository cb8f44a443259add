using System.Text.Json.Nodes;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Events;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.State;

/// <summary>
/// Moves calls through their lifecycle for every caller — REST handlers, the lease sweeper,
/// the control plane and the call runtime (as <see cref="ICallControl"/>) — so ending a call
/// always does the same things in the same order: state + journal under the store lock, then
/// (outside it) cancel the call's token, publish end events, bill, tell the runtime, and
/// release every media resource.
/// </summary>
public sealed class CallLifecycle : ICallControl
{
    private readonly EmulatorStore _store;
    private readonly IServiceProvider _services;
    private readonly DeviationRegistry _deviations;
    private readonly ILogger<CallLifecycle> _log;

    public CallLifecycle(EmulatorStore store, IServiceProvider services, DeviationRegistry deviations, ILogger<CallLifecycle> log)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _deviations = deviations ?? throw new ArgumentNullException(nameof(deviations));
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    private ICallRuntime Runtime => _services.GetRequiredService<ICallRuntime>();

    public CallRecord? Find(string callId) => _store.FindCall(callId);

    public bool MarkRinging(CallRecord callRecord) => Move(callRecord, CallState.Ringing, null);

    public bool MarkAnswered(CallRecord callRecord) => Move(callRecord, CallState.Active, null);

    public bool MarkDialing(CallRecord call) => Move(call, CallState.Dialing, null);

    public async ValueTask EndAsync(CallRecord callRecord, CallState terminal, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        if (!CallStateMachine.IsTerminal(terminal))
        {
            throw new ArgumentOutOfRangeException(nameof(terminal), terminal, "EndAsync takes a terminal state");
        }

        IAsyncDisposable[] resources;
        lock (_store.Sync)
        {
            var from = callRecord.State;
            if (!_store.TryTransition(callRecord, terminal, reason))
            {
                return;
            }

            Bill(callRecord);
            JournalState(callRecord, from, terminal, reason);
            resources = [.. callRecord.Resources];
            callRecord.Resources.Clear();
        }

        callRecord.SignalEnded();
        PublishEnd(callRecord, terminal, reason);
        try
        {
            await Runtime.HangUpAsync(callRecord, reason, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.LogError(e, "runtime failed to hang up {Call}", callRecord.Id);
        }

        foreach (var resource in resources)
        {
            await DisposeQuietlyAsync(callRecord, resource);
        }
    }

    public void Publish(CallRecord callRecord, string eventType, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(data);
        if (callRecord.Everruns is not { } voice || _store.FindSession(voice.SessionId) is not { } session)
        {
            callRecord.Journal.Append("event.unrouted", "emulator", new JsonObject { ["type"] = eventType, ["data"] = data.DeepClone() });
            return;
        }

        data["voice_connection_id"] ??= voice.VoiceConnectionId;
        var published = session.Events.Publish(eventType, data);
        callRecord.Journal.Append("event.published", "emulator", new JsonObject { ["type"] = eventType, ["event_id"] = published.Id, ["session_id"] = session.Id });
    }

    public void AttachResource(CallRecord callRecord, IAsyncDisposable resource)
    {
        ArgumentNullException.ThrowIfNull(callRecord);
        ArgumentNullException.ThrowIfNull(resource);
        lock (_store.Sync)
        {
            if (!callRecord.IsTerminal)
            {
                callRecord.Resources.Add(resource);
                return;
            }
        }

        // The call ended before the resource arrived: release it now rather than leak it.
        _ = DisposeQuietlyAsync(callRecord, resource).AsTask();
    }

    /// <summary>Ends whatever is due (leases, ring timeouts, unused socket URLs). The sweeper calls this every second; clock/advance calls it at once.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken = default)
    {
        var due = _store.CollectDue();
        foreach (var call in due.RingTimeouts)
        {
            await EndAsync(call, CallState.NoAnswer, "ring_timeout", cancellationToken);
        }

        foreach (var call in due.LeasesExpired)
        {
            if (call.Everruns is not null && _deviations.Find(RestDeviations.LeaseNotEnforced, Surface.Everruns, call.TenantId) is not null)
            {
                continue;
            }

            await EndAsync(call, CallState.Ended, "lease_expired", cancellationToken);
        }

        foreach (var call in due.SocketsExpired)
        {
            await EndAsync(call, CallState.Ended, "websocket_url_expired", cancellationToken);
        }
    }

    /// <summary>Ends every live call, then reloads <paramref name="config"/> (control-plane reset).</summary>
    public async Task ResetAsync(EmulatorConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        foreach (var call in _store.LiveCalls())
        {
            await EndAsync(call, CallState.Ended, "emulator_reset", cancellationToken);
        }

        _store.Clock.ResetOffset();
        _store.Load(config);
        _services.GetService<Calls.Numbers.NumberPlan>()?.Load(config.NumberPlan);
        _deviations.Clear();
        foreach (var deviation in config.Deviations)
        {
            _deviations.Activate(deviation.Name, deviation.Parameters, new DeviationScope(deviation.Surface, deviation.TenantId));
        }
    }

    /// <summary>Ends the live calls of one tenant (before it is deleted).</summary>
    public async Task EndTenantCallsAsync(string tenantId, string reason, CancellationToken cancellationToken = default)
    {
        foreach (var call in _store.LiveCalls().Where(c => c.TenantId == tenantId))
        {
            await EndAsync(call, CallState.Ended, reason, cancellationToken);
        }
    }

    private bool Move(CallRecord call, CallState to, string? reason)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (_store.Sync)
        {
            var from = call.State;
            if (!_store.TryTransition(call, to, reason))
            {
                return false;
            }

            JournalState(call, from, to, reason);
            return true;
        }
    }

    private static void JournalState(CallRecord call, CallState from, CallState to, string? reason) =>
        call.Journal.Append("call.state", "emulator", new JsonObject
        {
            ["from"] = CallStateMachine.Name(from),
            ["to"] = CallStateMachine.Name(to),
            ["reason"] = reason,
        });

    private void PublishEnd(CallRecord call, CallState terminal, string reason)
    {
        if (call.Everruns is null)
        {
            return;
        }

        if (terminal == CallState.Failed)
        {
            Publish(call, SessionEventTypes.VoiceSessionFailed, new JsonObject { ["error"] = reason });
            return;
        }

        long? durationMs = call.AnsweredAt is { } answered && call.EndedAt is { } ended ? (long)(ended - answered).TotalMilliseconds : null;
        Publish(call, SessionEventTypes.VoiceSessionEnded, new JsonObject
        {
            ["duration_ms"] = durationMs,
            ["reason"] = call.Everruns.EndReason ?? reason,
        });
    }

    // Billing: one credit per started minute of answered time, minimum one (Omnia: 5 cents a
    // minute, minimum one billed minute, rounded up; vendors.md §2.6). Voice.ai bills what its
    // end endpoint reports (VoiceAiCallFacet.CreditsUsed), set before the call is ended.
    private void Bill(CallRecord call)
    {
        var minutes = 0m;
        if (call.AnsweredAt is { } answered && call.EndedAt is { } ended)
        {
            minutes = Math.Max(1, Math.Ceiling((decimal)(ended - answered).TotalSeconds / 60m));
        }

        if (call.Omnia is { } omnia)
        {
            omnia.CostCents = (int)(minutes * 5);
        }

        if (call.VoiceAi is { } voiceAi)
        {
            voiceAi.CreditsUsed ??= minutes;
            minutes = voiceAi.TestMode ? 0 : voiceAi.CreditsUsed.Value;
        }

        if (minutes > 0 && call.ApiKey is { } key)
        {
            _store.Charge(key, minutes);
        }
    }

    private async ValueTask DisposeQuietlyAsync(CallRecord call, IAsyncDisposable resource)
    {
        try
        {
            await resource.DisposeAsync();
        }
        catch (Exception e)
        {
            _log.LogError(e, "releasing a media resource of {Call} failed", call.Id);
        }
    }
}
