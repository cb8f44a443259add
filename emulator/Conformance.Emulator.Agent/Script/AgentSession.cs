using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// The scripted realtime model of one call: the turn engine plus the persona's script, driven by
/// the call actor once per frame tick, deterministic and clock-free. The actor's loop is thin:
/// <code>
///   var step = session.Start();                       // media up: output for [0, F)
///   every tick:  send step.Clear?, send step.Output   // agent audio for [t, t+F)
///                step = session.Step(callerFrame);     // the caller's [t, t+F) → output for [t+F, t+2F)
///                journal step.TurnEvents, step.Cues; stop after step.HangUp
/// </code>
/// The session knows what the agent played from its own output (it hands out every frame), so
/// the engine sees agent audio exactly where it went out; media-stream legs report what the
/// caller acknowledged with <see cref="ReportPlayed"/>. Rules: specs/turn.md (TURN-06x).
/// </summary>
public sealed class AgentSession
{
    private readonly TurnEngine _engine;
    private readonly Persona _persona;
    private readonly ClipCatalog _clips;
    private readonly PlayedPositionSource _playedSource;
    private readonly List<AgentCue> _cues = [];
    private readonly List<Playback> _queue = [];
    private readonly List<string> _digits = [];
    private readonly int _frame;
    private Playback? _current;
    private long _outputStart;
    private bool _lastOutputAudible;
    private bool _lastOutputInterruptible = true;
    private int _nextPlaybackId = 1;
    private int _ordinal;
    private bool _firstMessageAssigned;
    private bool _hangUpAfterGoodbye;
    private bool _started;
    private AgentActivity _activity = AgentActivity.Listening;

    public AgentSession(AgentSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Policy = options.EffectivePolicy;
        SampleRate = options.SampleRate;
        FrameSamples = options.SampleRate / 1000 * options.FrameMs;
        _frame = FrameSamples;
        _engine = new TurnEngine(Policy, options.SampleRate);
        _persona = options.Persona;
        _clips = options.Clips;
        _playedSource = options.PlayedPosition;
        if (options.FrameMs is not (10 or 20))
        {
            throw new ArgumentException($"Frames are 10 or 20 ms; got {options.FrameMs}.", nameof(options));
        }
    }

    public TurnPolicy Policy { get; }

    public int SampleRate { get; }

    public int FrameSamples { get; }

    /// <summary>Start of the next output frame the session will hand out.</summary>
    public MediaTime OutputPosition => new(_outputStart, SampleRate);

    public bool HasEnded { get; private set; }

    public AgentActivity Activity => _activity;

    /// <summary>Media is up (turn-semantics §5): queues the pre-roll and, if the agent speaks first, the greeting.</summary>
    public AgentStep Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("The session has already started.");
        }

        _started = true;
        _cues.Clear();
        if (_persona.Preroll is { } preroll)
        {
            Enqueue(preroll, PlaybackPurpose.Preroll, 0, 0, turnIndex: 0, dtmf: null, rule: "preroll", announce: false);
        }

        if (Policy.FirstSpeaker == FirstSpeaker.Agent && _persona.Greeting is { } greeting)
        {
            Enqueue(greeting, PlaybackPurpose.Greeting, 0, 0, turnIndex: 0, dtmf: null, rule: "greeting", announce: false);
        }

        return Produce(clear: false, hangUp: false, []);
    }

    /// <summary>The caller's frame for the interval that the previous output covered, as PCM16 at the session's rate.</summary>
    public AgentStep Step(ReadOnlySpan<short> callerFrame)
    {
        if (callerFrame.Length != _frame)
        {
            throw new ArgumentException($"A caller frame is {_frame} samples at {SampleRate} Hz; got {callerFrame.Length}.", nameof(callerFrame));
        }

        return Step(SignalAnalysis.Dbfs(callerFrame));
    }

    /// <summary>The same, with the caller frame's level already measured (dBFS, RFC 6464 convention).</summary>
    public AgentStep Step(double callerDbfs)
    {
        if (!_started)
        {
            throw new InvalidOperationException("Call Start() when media is up, before the first Step.");
        }

        _cues.Clear();
        if (HasEnded)
        {
            return new AgentStep(OutputPosition, null, false, false, [], _cues);
        }

        var frameStart = _outputStart - _frame;
        var end = _outputStart;
        var events = _engine.Process(new TurnFrame(frameStart, _frame, callerDbfs, _lastOutputAudible, _lastOutputInterruptible));
        var clear = false;
        var hangUp = false;
        foreach (var e in events)
        {
            switch (e)
            {
                case BargeIn when _current is not null:
                    hangUp |= Cut(end, CutReason.BargeIn);
                    clear = true;
                    break;
                case TurnCommitted commit:
                    OnCommit(commit, end);
                    break;
                case InactivityTimedOut timeout:
                    hangUp |= OnInactivity(timeout, end);
                    break;
                case MaxDurationReached:
                    if (_current is not null)
                    {
                        Cut(end, CutReason.CallEnded);
                    }

                    _queue.Clear();
                    _cues.Add(new HangingUp(At(end), HangUpReason.MaxDuration));
                    hangUp = true;
                    break;
            }
        }

        foreach (var digit in _digits)
        {
            OnDtmf(digit, end);
        }

        _digits.Clear();
        return hangUp ? End(events) : Produce(clear, hangUp: false, events);
    }

    /// <summary>A DTMF digit from the caller, received during the current caller frame (handled at its end).</summary>
    public void Dtmf(string digit)
    {
        if (digit is not { Length: 1 } || !"0123456789*#ABCD".Contains(digit[0], StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{digit}' is not a DTMF digit.", nameof(digit));
        }

        _digits.Add(digit);
    }

    /// <summary>
    /// Media-stream legs: the caller has heard playback <paramref name="playbackId"/> up to
    /// <paramref name="playedSamples"/> (the last mark echoed as played, mapped to the clip).
    /// </summary>
    public void ReportPlayed(int playbackId, long playedSamples)
    {
        if (_current is { } current && current.Id == playbackId)
        {
            current.Acknowledged = Math.Max(current.Acknowledged, Math.Min(playedSamples, current.Offset));
        }
    }

    /// <summary>
    /// The actor did not send the last output frame (a transport drop, or a deliberate deviation):
    /// the engine then sees no agent audio in that interval. Positions in cues still count the
    /// samples the session handed out.
    /// </summary>
    public void ReportOutputWithheld() => _lastOutputAudible = false;

    /// <summary>Detach (turn-semantics §5): stop speaking and listening now; the call stays up.</summary>
    public IReadOnlyList<AgentCue> Detach()
    {
        _cues.Clear();
        if (!HasEnded)
        {
            if (_current is not null)
            {
                Cut(_outputStart, CutReason.Detached);
            }

            _queue.Clear();
            HasEnded = true;
        }

        return _cues;
    }

    private AgentStep End(IReadOnlyList<TurnEvent> events)
    {
        HasEnded = true;
        return new AgentStep(OutputPosition, null, false, true, events, _cues);
    }

    private AgentStep Produce(bool clear, bool hangUp, IReadOnlyList<TurnEvent> events)
    {
        var t = _outputStart;
        if (_current is null && _queue.Count > 0 && _queue[0].StartAt <= t)
        {
            _current = _queue[0];
            _queue.RemoveAt(0);
            _cues.Add(new PlaybackStarted(At(t), _current.Id, _current.Clip.Id, _current.Purpose, _current.TurnIndex, ++_ordinal,
                _current.Interruptible, _current.Clip.Transcript, _current.Length));
            SetActivity(AgentActivity.Speaking, t);
        }

        AgentOutput? output = null;
        _lastOutputAudible = false;
        if (_current is { } playing)
        {
            var count = (int)Math.Min(_frame, playing.Length - playing.Offset);
            output = new AgentOutput(playing.Id, playing.Clip.Id, playing.Purpose, playing.Offset, count);
            playing.Offset += count;
            _lastOutputAudible = true;
            _lastOutputInterruptible = playing.Interruptible;
            if (playing.Offset == playing.Length)
            {
                _current = null;
                _cues.Add(new PlaybackFinished(At(t + count), playing.Id, playing.Clip.Id, playing.Purpose));
                if (playing.Purpose == PlaybackPurpose.Goodbye && _hangUpAfterGoodbye)
                {
                    _cues.Add(new HangingUp(At(t + count), HangUpReason.Inactivity));
                    hangUp = true;
                    HasEnded = true;
                }
                else if (_queue.Count == 0 || _queue[0].StartAt > t + _frame)
                {
                    // Back-to-back clips (pre-roll → greeting) stay "speaking".
                    SetActivity(_queue.Count > 0 ? AgentActivity.Thinking : AgentActivity.Listening, t + count);
                }
            }
        }

        _outputStart += _frame;
        return new AgentStep(At(t), output, clear, hangUp, events, _cues);
    }

    /// <summary>Cuts the current playback at <paramref name="at"/>; true when that ends the call (a cut goodbye).</summary>
    private bool Cut(long at, CutReason reason)
    {
        var playback = _current!;
        _current = null;
        var played = _playedSource == PlayedPositionSource.SamplesSent ? playback.Offset : Math.Min(playback.Acknowledged, playback.Offset);
        _cues.Add(new PlaybackCut(At(at), playback.Id, playback.Clip.Id, playback.Purpose, playback.Offset, played,
            played * 1000.0 / SampleRate, reason));
        var endsCall = reason == CutReason.BargeIn && _hangUpAfterGoodbye
            && (playback.Purpose == PlaybackPurpose.Goodbye || _queue.Any(p => p.Purpose == PlaybackPurpose.Goodbye));
        if (reason == CutReason.BargeIn)
        {
            // TURN-062: a cut cancels what was queued behind the interrupted audio (e.g. the
            // greeting after a pre-roll); the caller's new turn brings its own reply.
            _queue.Clear();
        }

        if (endsCall)
        {
            _cues.Add(new HangingUp(At(at), HangUpReason.Inactivity));
        }
        else
        {
            SetActivity(AgentActivity.Listening, at);
        }

        return endsCall;
    }

    private void OnCommit(TurnCommitted commit, long at)
    {
        if (!commit.CreateResponse)
        {
            _cues.Add(new ReplySuppressed(At(at), commit.TurnIndex, null, SuppressionReason.CreateResponseFalse, null));
            return;
        }

        Reply(_persona.ReplyForTurn(commit.TurnIndex), at, commit.TurnIndex, null);
    }

    private void OnDtmf(string digit, long at)
    {
        var choice = _persona.ReplyForDtmf(digit);
        _cues.Add(new DtmfHandled(At(at), digit, choice is not null));
        if (choice is not null)
        {
            Reply(choice, at, 0, digit);
        }
    }

    private void Reply(ReplyChoice? choice, long at, int turnIndex, string? digit)
    {
        if (choice?.ClipId is not { } clipId)
        {
            _cues.Add(new ReplySuppressed(At(at), turnIndex, digit, SuppressionReason.NoReply, choice?.Rule));
            return;
        }

        if (!_clips.TryGet(clipId, out _))
        {
            _cues.Add(new ReplySuppressed(At(at), turnIndex, digit, SuppressionReason.UnknownClip, clipId));
            return;
        }

        // TURN-060: reply start = commit + think latency (the next frame boundary at or after it).
        Enqueue(clipId, PlaybackPurpose.Reply, at, at + ((long)choice.ThinkLatencyMs * SampleRate / 1000), turnIndex, digit, choice.Rule, announce: true);
        if (_current is null)
        {
            SetActivity(AgentActivity.Thinking, at);
        }
    }

    private bool OnInactivity(InactivityTimedOut timeout, long at)
    {
        if (timeout.Action == InactivityAction.Prompt)
        {
            if (_persona.CheckIn is { } checkIn && _current is null && _queue.Count == 0 && _clips.TryGet(checkIn, out _))
            {
                Enqueue(checkIn, PlaybackPurpose.CheckIn, at, at, 0, null, "checkIn", announce: false);
            }

            return false;
        }

        if (_persona.Goodbye is { } goodbye && _clips.TryGet(goodbye, out _))
        {
            _hangUpAfterGoodbye = true;
            Enqueue(goodbye, PlaybackPurpose.Goodbye, at, at, 0, null, "goodbye", announce: false);
            return false;
        }

        _cues.Add(new HangingUp(At(at), HangUpReason.Inactivity));
        return true;
    }

    private void Enqueue(string clipId, PlaybackPurpose purpose, long decidedAt, long startAt, int turnIndex, string? dtmf, string rule, bool announce)
    {
        var clip = _clips[clipId];
        var interruptible = true;
        if (purpose != PlaybackPurpose.Preroll && !_firstMessageAssigned)
        {
            // TURN-025: Omnia's interruptible applies to the agent's first message only.
            _firstMessageAssigned = true;
            interruptible = Policy.FirstMessageInterruptible;
        }

        var playback = new Playback(_nextPlaybackId++, clip, purpose, startAt, turnIndex, interruptible, clip.SamplesAt(SampleRate));
        _queue.Add(playback);
        if (announce)
        {
            _cues.Add(new ReplyScheduled(At(decidedAt), playback.Id, clipId, turnIndex, dtmf, At(startAt), rule));
        }
    }

    private void SetActivity(AgentActivity activity, long at)
    {
        if (_activity != activity)
        {
            _activity = activity;
            _cues.Add(new ActivityChanged(At(at), activity));
        }
    }

    private MediaTime At(long samples) => new(samples, SampleRate);

    private sealed class Playback(int id, Clip clip, PlaybackPurpose purpose, long startAt, int turnIndex, bool interruptible, long length)
    {
        public int Id { get; } = id;

        public Clip Clip { get; } = clip;

        public PlaybackPurpose Purpose { get; } = purpose;

        public long StartAt { get; } = startAt;

        public int TurnIndex { get; } = turnIndex;

        public bool Interruptible { get; } = interruptible;

        public long Length { get; } = length;

        public long Offset { get; set; }

        public long Acknowledged { get; set; }
    }
}
