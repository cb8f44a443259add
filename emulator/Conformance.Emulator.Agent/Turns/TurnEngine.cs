namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// The turn engine: caller frames in, turn events out — clock-free, single-threaded, no I/O
/// (turn-semantics.md, normative; rule IDs in specs/turn.md). The call's actor feeds one frame
/// per tick with the caller's level and what its leg played in that interval, and acts on the
/// returned events (cut at <see cref="BargeIn"/>, reply after <see cref="TurnCommitted"/>, …).
/// <code>
///            voiced ≥ on              run ≥ vadMinOnsetMs
///   Idle ─────────────────► Onset ────────────────────────► Speech ──┐ voiced ≥ off: extend
///    ▲   ◄─────────────────   │                                │  ◄──┘
///    │      unvoiced / guard                                   │ unvoiced for silenceThresholdMs
///    └─────────────────────────────────────────────────────────┘ → SpeechEnded → commit | backchannel | ignored
/// </code>
/// All times are samples at <see cref="SampleRate"/>; knobs in ms convert exactly at 8/16/24/48 kHz.
/// Frames must be contiguous (the actor fills gaps with silence).
/// </summary>
public sealed class TurnEngine
{
    private readonly List<TurnEvent> _events = new(4);
    private readonly long _callStart;
    private readonly long _minOnset;
    private readonly long _silence;
    private readonly long _minSpeech;
    private readonly long _commitInterval;
    private readonly long _bargeConfirm;
    private readonly long _prefixPadding;
    private readonly long? _micGuard;
    private readonly long? _inactivity;
    private readonly long? _maxDuration;

    private long _cursor;
    private long _onsetStart;
    private long _onsetVoiced;
    private bool _onsetDuringAgent;
    private bool _onsetInterruptible;
    private long _speechStart;
    private long _lastVoicedEnd;
    private bool _speechIgnored;
    private long _lastSpeechEnd = -1;
    private long _lastAgentAudibleEnd = -1;
    private long _lastCommit = long.MinValue;
    private (long At, long Start, long End)? _pendingCommit;
    private long _lastInactivityFire = -1;
    private bool _cutIssued;
    private bool _maxDurationFired;

    public TurnEngine(TurnPolicy policy, int sampleRate, long callStart = 0)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        var errors = policy.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Invalid turn policy: {string.Join("; ", errors)}", nameof(policy));
        }

        Policy = policy;
        SampleRate = sampleRate;
        _callStart = callStart;
        _cursor = callStart;
        _minOnset = Samples(policy.VadMinOnsetMs);
        _silence = Samples(policy.SilenceThresholdMs);
        _minSpeech = Samples(policy.ResponseMinSpeechMs);
        _commitInterval = Samples(policy.CommitMinIntervalMs);
        _bargeConfirm = Samples(policy.BargeConfirmMs);
        _prefixPadding = Samples(policy.PrefixPaddingMs);
        _micGuard = policy.MicGuardMs is { } guard ? Samples(guard) : null;
        _inactivity = policy.InactivityTimeoutMs is { } idle ? Samples(idle) : null;
        _maxDuration = policy.MaxDurationMs is { } max ? Samples(max) : null;
    }

    public TurnPolicy Policy { get; }

    public int SampleRate { get; }

    public TurnPhase Phase { get; private set; }

    /// <summary>Start of the next frame the engine expects.</summary>
    public MediaTime Now => At(_cursor);

    /// <summary>Turns committed so far.</summary>
    public int TurnCount { get; private set; }

    /// <summary>
    /// Processes one frame. The returned list is the engine's own buffer: read it before the next call.
    /// </summary>
    public IReadOnlyList<TurnEvent> Process(in TurnFrame frame)
    {
        if (frame.Start != _cursor || frame.Length <= 0)
        {
            throw new ArgumentException(
                $"Frames must be contiguous and non-empty: expected a frame at sample {_cursor}, got [{frame.Start}, +{frame.Length}).", nameof(frame));
        }

        _events.Clear();
        var start = frame.Start;
        var end = frame.End;
        var guarded = _micGuard is { } guard && (frame.AgentAudible || (_lastAgentAudibleEnd >= 0 && start < _lastAgentAudibleEnd + guard));
        var interruptible = frame.AgentAudible && frame.AgentInterruptible && _micGuard is null && Policy.BargeIn != BargeInMode.Off;
        var voiced = frame.CallerDbfs >= (Phase == TurnPhase.Speech ? Policy.VadOffDbfs : Policy.VadOnDbfs);

        // TURN-020 instant: the first voiced frame cuts, no minimum onset.
        if (Policy.BargeIn == BargeInMode.Instant && interruptible && voiced && !_cutIssued)
        {
            _cutIssued = true;
            _events.Add(new BargeIn(At(end), At(start), At(Phase == TurnPhase.Speech ? _speechStart : start), BargeInMode.Instant));
        }

        switch (Phase)
        {
            case TurnPhase.Idle when voiced && !guarded:
                _onsetStart = start;
                _onsetVoiced = 0;
                _onsetDuringAgent = frame.AgentAudible;
                _onsetInterruptible = frame.AgentInterruptible;
                Phase = TurnPhase.Onset;
                ExtendOnset(frame.Length, end);
                break;
            case TurnPhase.Onset when voiced && !guarded:
                ExtendOnset(frame.Length, end);
                break;
            case TurnPhase.Onset:
                Phase = TurnPhase.Idle;
                break;
            case TurnPhase.Speech when voiced:
                _lastVoicedEnd = end;
                break;
            case TurnPhase.Speech when end - _lastVoicedEnd >= _silence:
                EndSpeech(end);
                break;
        }

        // TURN-021 hold-and-confirm: cut once the voiced extent reaches bargeConfirmMs.
        if (Policy.BargeIn == BargeInMode.HoldAndConfirm && interruptible && Phase == TurnPhase.Speech && !_cutIssued
            && _lastVoicedEnd - _speechStart >= _bargeConfirm)
        {
            _cutIssued = true;
            _events.Add(new BargeIn(At(end), At(Math.Max(_speechStart + _bargeConfirm, start)), At(_speechStart), BargeInMode.HoldAndConfirm));
        }

        if (_pendingCommit is { } pending && end >= pending.At)
        {
            _pendingCommit = null;
            Commit(end, pending.Start, pending.End, deferred: true);
        }

        if (frame.AgentAudible)
        {
            _lastAgentAudibleEnd = end;
        }
        else
        {
            _cutIssued = false;
        }

        CheckInactivity(frame, end);
        if (_maxDuration is { } max && !_maxDurationFired && end - _callStart >= max)
        {
            _maxDurationFired = true;
            _events.Add(new MaxDurationReached(At(end)));
        }

        _cursor = end;
        return _events;
    }

    /// <summary>Converts a knob in ms to samples at the engine's rate.</summary>
    public long Samples(int milliseconds) => (long)milliseconds * SampleRate / 1000;

    private MediaTime At(long samples) => new(samples, SampleRate);

    private void ExtendOnset(int frameLength, long end)
    {
        _onsetVoiced += frameLength;
        if (_onsetVoiced < _minOnset)
        {
            return;
        }

        // TURN-003: the start is the first voiced frame of the run, not the moment it was confirmed.
        Phase = TurnPhase.Speech;
        _speechStart = _onsetStart;
        _lastVoicedEnd = end;
        _speechIgnored = _onsetDuringAgent
            && (Policy.BargeIn == BargeInMode.Off || !_onsetInterruptible)
            && !Policy.CommitSpeechDuringUninterruptibleAudio;
        var reported = Math.Max(_callStart, _speechStart - _prefixPadding);
        _events.Add(new SpeechStarted(At(_speechStart), At(end), At(reported), _onsetDuringAgent, _speechIgnored));
    }

    private void EndSpeech(long end)
    {
        Phase = TurnPhase.Idle;
        _lastSpeechEnd = _lastVoicedEnd;
        var disposition = _speechIgnored ? SpeechDisposition.Ignored
            : _lastVoicedEnd - _speechStart < _minSpeech ? SpeechDisposition.Backchannel
            : SpeechDisposition.Commit;
        _events.Add(new SpeechEnded(At(_lastVoicedEnd), At(end), At(_speechStart), disposition));
        if (disposition != SpeechDisposition.Commit)
        {
            return;
        }

        // TURN-011: commits at least commitMinIntervalMs apart.
        var earliest = _lastCommit == long.MinValue ? end : Math.Max(end, _lastCommit + _commitInterval);
        if (earliest <= end)
        {
            Commit(end, _speechStart, _lastVoicedEnd, deferred: false);
        }
        else if (_pendingCommit is null)
        {
            _pendingCommit = (earliest, _speechStart, _lastVoicedEnd);
        }
        else
        {
            // A second utterance ended while the first waits for spacing: both become one turn.
            _pendingCommit = (_pendingCommit.Value.At, _pendingCommit.Value.Start, _lastVoicedEnd);
        }
    }

    private void Commit(long at, long speechStart, long speechEnd, bool deferred)
    {
        _lastCommit = at;
        TurnCount++;
        _events.Add(new TurnCommitted(At(at), At(speechStart), At(speechEnd), TurnCount, Policy.CreateResponse, deferred));
    }

    private void CheckInactivity(in TurnFrame frame, long end)
    {
        if (_inactivity is not { } timeout || frame.AgentAudible || Phase == TurnPhase.Speech || _pendingCommit is not null)
        {
            return;
        }

        // TURN-050: from the later of the last caller speech end and the last agent audio end
        // (and the last expiry, so a prompt restarts the timer).
        var since = Math.Max(Math.Max(_callStart, _lastSpeechEnd), Math.Max(_lastAgentAudibleEnd, _lastInactivityFire));
        if (end - since >= timeout)
        {
            _lastInactivityFire = end;
            _events.Add(new InactivityTimedOut(At(end), At(since), Policy.InactivityAction));
        }
    }
}
