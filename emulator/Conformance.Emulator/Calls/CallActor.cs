using System.Buffers;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Calls.Agent;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Calls.Inputs;
using Conformance.Emulator.Calls.Legs;
using Conformance.Emulator.Calls.Media;
using Conformance.Emulator.Calls.Status;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Rtc.Media;
using Conformance.Streams;

namespace Conformance.Emulator.Calls;

/// <summary>
/// One call's media loop (specs/runtime.md §1–2): a single reader over a <see cref="Channel{T}"/>
/// owns the call's media state — caller timeline, agent session, downlink — and nothing else
/// touches it. The leg's receive loop, the shared <see cref="MediaClock"/>, the REST layer and
/// sideband sockets only post inputs. Each caller frame k that completes (or falls overdue, and
/// is filled) steps the agent once, and the step's output is frame k+1 (RUN-001, RUN-011):
/// <code>
///   caller  |  k-1  |   k   |  k+1  |        media time: caller samples (RUN-010)
///   output          |  k    |  k+1  |  k+2   frame n is due at epoch + n·20 ms; it goes out as
///                      ▲ decided when caller frame k is in       soon as decided (≤ one frame early)
/// </code>
/// Callbacks into the REST layer (<see cref="ICallControl"/>) happen here, outside any lock.
/// </summary>
public sealed class CallActor : ILegSink, IDisposable
{
    private readonly CallServices _services;
    private readonly CallRecord _call;
    private readonly CallLeg _leg;
    private readonly Channel<ActorInput> _inbox = Channel.CreateUnbounded<ActorInput>(new UnboundedChannelOptions { SingleReader = true });
    private readonly MediaClock.Registration _slot;
    private readonly MediaJournal _journal;
    private readonly List<ICallObserver> _observers = [];
    private readonly LatenessHistogram _lateness = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LegFormat? _format;
    private CallDeviations _deviations = CallDeviations.None;
    private long _epoch;
    private CallerTimeline? _timeline;
    private UplinkConverter? _uplink;
    private UplinkRecording? _recording;
    private Downlink? _downlink;
    private short[] _callerFrame = [];
    private short[] _sessionFrame = [];
    private AgentBinding? _binding;
    private bool _agentPending;
    private AgentSession? _session;
    private bool _done;
    private long _droppedBeforeMedia;
    private double _fillHoldUntilMs;
    private long _stalls;

    public CallActor(CallServices services, CallRecord call, CallLeg leg)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _call = call ?? throw new ArgumentNullException(nameof(call));
        _leg = leg ?? throw new ArgumentNullException(nameof(leg));
        _journal = new MediaJournal(call.Journal);
        _slot = services.Clock.Register(due => _inbox.Writer.TryWrite(new TickInput(due)));
        _binding = call.Agent;
        _agentPending = _binding is not null;
    }

    public CallRecord Call => _call;

    public CallLeg Leg => _leg;

    /// <summary>Completes when the actor has stopped (after closing its leg and, if it ended the call, the REST layer's end).</summary>
    public Task Completion => _finished.Task;

    public void AddObserver(ICallObserver observer) => _observers.Add(observer ?? throw new ArgumentNullException(nameof(observer)));

    public bool Post(ActorInput input) => _inbox.Writer.TryWrite(input);

    public async Task RunAsync()
    {
        _journal.Write("media.leg.connected", new JsonObject { ["leg"] = _leg.Kind, ["agent"] = _binding?.Persona });
        try
        {
            while (!_done && await _inbox.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (!_done && _inbox.Reader.TryRead(out var input))
                {
                    await HandleAsync(input).ConfigureAwait(false);
                }

                // RUN-012: frames are filled only once every input that was waiting has been taken
                // in, so a busy actor never fills a gap whose audio is already in its inbox.
                if (!_done && _timeline is not null)
                {
                    await PumpAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect must not leave the call hanging: journal it and end the call as failed.
            _services.Log.LogError(e, "call actor {Call} failed", _call.Id);
            _journal.Write("media.actor.failed", new JsonObject { ["error"] = e.GetType().Name, ["message"] = e.Message });
            await FinishAsync($"media runtime error: {e.Message}", CallState.Failed, closeLeg: true, endCall: true).ConfigureAwait(false);
        }
        finally
        {
            Dispose();
            _inbox.Writer.TryComplete();
            _finished.TrySetResult();
        }
    }

    public void Dispose()
    {
        _slot.Dispose();
        _uplink?.Dispose();
        _uplink = null;
    }

    void ILegSink.MediaStarted(LegFormat format, JsonObject details) => Post(new MediaUpInput(format, details, _services.Time.GetTimestamp()));

    void ILegSink.CallerAudio(ReadOnlySpan<short> samples, long? position)
    {
        var copy = ArrayPool<short>.Shared.Rent(Math.Max(1, samples.Length));
        samples.CopyTo(copy);
        if (!Post(new AudioInput(copy, samples.Length, position, _services.Time.GetTimestamp())))
        {
            ArrayPool<short>.Shared.Return(copy);
        }
    }

    void ILegSink.Dtmf(string digit) => Post(new DigitInput(digit));

    void ILegSink.MarkEchoed(string name) => Post(new EchoInput(name));

    void ILegSink.Violation(StreamViolation violation, bool fatal) => Post(new ViolationInput(violation, fatal));

    void ILegSink.Note(string kind, JsonObject data) => Post(new NoteInput(kind, data));

    void ILegSink.Ended(string reason, bool failed) => Post(new LegEndedInput(reason, failed));

    private async Task HandleAsync(ActorInput input)
    {
        switch (input)
        {
            case AudioInput audio:
                await OnAudioAsync(audio).ConfigureAwait(false);
                break;
            case TickInput tick:
                // RUN-012: a tick that fires late means this process was stalled, not that the
                // caller went quiet: give the caller's backlog a grace before filling anything.
                var late = _services.Time.GetElapsedTime(tick.Due).TotalMilliseconds;
                if (late > _services.Options.StallMs)
                {
                    _fillHoldUntilMs = Ms(_services.Time.GetTimestamp()) + _services.Options.GraceMs;
                    _stalls++;
                    _journal.Write("media.actor.stalled", new JsonObject { ["late_ms"] = late }, _timeline is null ? null : _timeline.NextFrame * 20.0);
                }

                break;
            case EchoInput echo:
                if (_downlink?.OnEcho(echo.Name) is { } played && _session is { } session)
                {
                    session.ReportPlayed(played.PlaybackId, played.PlayedSamples);
                }

                break;
            case MediaUpInput up:
                await OnMediaUpAsync(up).ConfigureAwait(false);
                break;
            case DigitInput digit:
                _journal.Write("media.dtmf.received", new JsonObject { ["digit"] = digit.Digit }, _timeline is null ? null : _timeline.NextFrame * 20.0);
                if (_session is { HasEnded: false } s && digit.Digit.Length == 1 && "0123456789*#ABCD".Contains(digit.Digit[0], StringComparison.Ordinal))
                {
                    s.Dtmf(digit.Digit);
                }

                break;
            case ViolationInput v:
                _journal.Write("media.leg.violation", new JsonObject
                {
                    ["code"] = v.Violation.Code.ToString(),
                    ["location"] = v.Violation.Location,
                    ["severity"] = v.Violation.Severity.ToString().ToLowerInvariant(),
                    ["message"] = v.Violation.Message,
                    ["fatal"] = v.Fatal,
                    ["close_status"] = v.Fatal ? (int)v.Violation.CloseStatus : null,
                });
                break;
            case NoteInput note:
                _journal.Write(note.Kind, note.Data);
                break;
            case LegEndedInput ended:
                await FinishAsync(ended.Reason, ended.Failed ? CallState.Failed : CallState.Ended, closeLeg: ended.Failed, endCall: true).ConfigureAwait(false);
                break;
            case AttachInput attach:
                await OnAttachAsync(attach.Binding).ConfigureAwait(false);
                break;
            case DetachInput:
                await OnDetachAsync().ConfigureAwait(false);
                break;
            case ObserverInput o when o.Add:
                if (!_observers.Contains(o.Observer))
                {
                    _observers.Add(o.Observer);
                }

                break;
            case ObserverInput o:
                _observers.Remove(o.Observer);
                break;
            case HangUpInput hangUp:
                await FinishAsync(hangUp.Reason, CallState.Ended, closeLeg: true, endCall: false).ConfigureAwait(false);
                break;
        }
    }

    private async Task OnMediaUpAsync(MediaUpInput up)
    {
        if (_format is not null)
        {
            _journal.Write("media.leg.ignored", new JsonObject { ["reason"] = "media already up" });
            return;
        }

        var options = _services.Options;
        _format = up.Format;
        _epoch = up.At;
        _deviations = CallDeviations.For(_services.Deviations, _call);
        foreach (var deviation in _deviations.Active)
        {
            _journal.Write("media.deviation.active", new JsonObject { ["name"] = deviation.Name, ["id"] = deviation.Id, ["parameters"] = deviation.Parameters.DeepClone() });
        }

        _timeline = new CallerTimeline(up.Format.CallerRate, 20, options.GraceMs, options.IdleAfterMs, options.DebtWindowMs, options.EarlyToleranceMs);
        _callerFrame = new short[_timeline.FrameSamples];
        _sessionFrame = new short[up.Format.OutputRate / 50];
        if (up.Format.CallerRate != up.Format.OutputRate)
        {
            _uplink = new UplinkConverter(up.Format.CallerRate, up.Format.OutputRate);
        }

        var recordingEnabled = _call.Omnia?.RecordingEnabled ?? true;
        if (recordingEnabled)
        {
            _recording = _services.Recordings.Start(_call.Id, up.Format.CallerRate);
        }

        _downlink = new Downlink(_leg, up.Format, _services.Assets.Cache, _deviations, _journal);
        var details = (JsonObject)up.Details.DeepClone();
        details["description"] = up.Format.Description;
        details["caller_rate"] = up.Format.CallerRate;
        details["output_encoding"] = _downlink.WireFormat.Encoding.ToString();
        details["output_rate"] = _downlink.WireFormat.SampleRate;
        details["played_position"] = up.Format.PlayedPosition == PlayedPositionSource.Acknowledged ? "marks" : "samples_sent";
        details["recording"] = recordingEnabled;
        details["uplink_resampler_delay_samples"] = _uplink?.DelaySamples;
        _journal.Write("media.leg.format", details, 0);
        _services.Control.MarkAnswered(_call);
        foreach (var observer in _observers)
        {
            await observer.MediaUpAsync(CancellationToken.None).ConfigureAwait(false);
        }

        if (_agentPending)
        {
            await StartAgentAsync(0).ConfigureAwait(false);
        }

        Reschedule();
    }

    private async Task OnAudioAsync(AudioInput audio)
    {
        try
        {
            if (_timeline is null)
            {
                _droppedBeforeMedia += audio.Count;
                return;
            }

            var samples = audio.Samples.AsSpan(0, audio.Count);
            var firstPositioned = audio.Position is not null && _timeline.PositionOffset is null;
            var late = _timeline.Append(samples, audio.Position, Ms(audio.At), out var latePosition);
            if (firstPositioned)
            {
                _journal.Write("media.caller.stream_start", new JsonObject { ["offset_samples"] = _timeline.PositionOffset, ["rate"] = _timeline.SampleRate, ["first_position"] = audio.Position }, _timeline.PositionOffset * 1000.0 / _timeline.SampleRate);
            }

            if (late > 0)
            {
                // RUN-013: the turn engine heard silence there; the recording gets the real audio.
                _recording?.Write(latePosition, samples[..late]);
                _journal.Write("media.caller.late", new JsonObject { ["samples"] = late, ["position"] = latePosition, ["rate"] = _timeline.SampleRate }, latePosition * 1000.0 / _timeline.SampleRate);
            }
        }
        finally
        {
            ArrayPool<short>.Shared.Return(audio.Samples);
        }

        // Complete frames go at once (no fill here: that waits for an empty inbox).
        await TakeCompleteFramesAsync().ConfigureAwait(false);
    }

    private async Task TakeCompleteFramesAsync()
    {
        var timeline = _timeline!;
        while (!_done && timeline.TryTakeFrame(Ms(_services.Time.GetTimestamp()), _callerFrame))
        {
            await OnCallerFrameAsync(timeline.NextFrame - 1, 0).ConfigureAwait(false);
        }
    }

    /// <summary>Consumes every caller frame that is complete and due, or overdue; then asks the clock for the next deadline.</summary>
    private async Task PumpAsync()
    {
        var timeline = _timeline!;
        while (!_done)
        {
            var now = Ms(_services.Time.GetTimestamp());
            var filled = 0;
            if (!timeline.TryTakeFrame(now, _callerFrame) && (now < _fillHoldUntilMs || !timeline.TryTakeOverdueFrame(now, _callerFrame, out filled)))
            {
                break;
            }

            await OnCallerFrameAsync(timeline.NextFrame - 1, filled).ConfigureAwait(false);
        }

        Reschedule();
    }

    private async Task OnCallerFrameAsync(long frame, int filled)
    {
        var timeline = _timeline!;
        _recording?.Write(frame * timeline.FrameSamples, _callerFrame);
        if (filled > 0)
        {
            _journal.Write("media.caller.gap", new JsonObject { ["frame"] = frame, ["filled_samples"] = filled, ["rate"] = timeline.SampleRate }, ((frame + 1) * 20.0) - (filled * 1000.0 / timeline.SampleRate));
        }

        var output = frame + 1;
        if (_session is { HasEnded: false } session)
        {
            if (_uplink is not null)
            {
                _uplink.Convert(_callerFrame, _sessionFrame);
            }
            else
            {
                _callerFrame.CopyTo(_sessionFrame, 0);
            }

            await EmitAsync(session.Step(_sessionFrame), output).ConfigureAwait(false);
        }
        else if (_agentPending)
        {
            await StartAgentAsync(output).ConfigureAwait(false);
        }
        else
        {
            await EmitSilenceAsync(output).ConfigureAwait(false);
        }
    }

    private async Task StartAgentAsync(long frame)
    {
        _agentPending = false;
        var assets = _services.Assets;
        if (_binding is null || !assets.IsUsable)
        {
            _journal.Write("media.agent.unavailable", new JsonObject { ["reason"] = assets.Problem ?? "no agent bound" });
            await EmitSilenceAsync(frame).ConfigureAwait(false);
            return;
        }

        AgentPlan plan;
        try
        {
            plan = AgentPlan.Create(assets, _binding, _deviations);
        }
        catch (InvalidOperationException e)
        {
            _journal.Write("media.agent.unavailable", new JsonObject { ["reason"] = e.Message });
            await EmitSilenceAsync(frame).ConfigureAwait(false);
            return;
        }

        _session = new AgentSession(new AgentSessionOptions
        {
            Persona = plan.Persona,
            Clips = assets.Clips,
            Policy = plan.Policy,
            SampleRate = _format!.OutputRate,
            FrameMs = 20,
            PlayedPosition = _format.PlayedPosition,
        });
        _journal.SessionOffsetMs = frame * 20.0;
        _journal.Write("media.agent.start", AgentDescription(plan), frame * 20.0);
        await EmitAsync(_session.Start(), frame).ConfigureAwait(false);
    }

    private async Task OnAttachAsync(AgentBinding binding)
    {
        if (_session is { HasEnded: false })
        {
            await StopAgentAsync("re-attached").ConfigureAwait(false);
        }

        _binding = binding;
        _agentPending = true;
        _journal.Write("media.agent.attached", new JsonObject { ["persona"] = binding.Persona, ["agent_id"] = binding.AgentId, ["media_up"] = _format is not null });
    }

    private async Task OnDetachAsync()
    {
        _agentPending = false;
        if (_session is { HasEnded: false })
        {
            await StopAgentAsync("detached").ConfigureAwait(false);
        }

        _journal.Write("media.agent.detached", new JsonObject { ["uplink_recording"] = _recording is not null }, _timeline?.NextFrame * 20.0);
    }

    /// <summary>Detach (TS §5): the session cuts what plays; on media streams the cut is cleared like a barge-in.</summary>
    private async Task StopAgentAsync(string reason)
    {
        var cues = _session!.Detach().ToList();
        _session = null;
        foreach (var cue in cues)
        {
            _journal.Cue(cue);
            if (cue is PlaybackCut && _downlink is not null)
            {
                await _downlink.ClearAsync(CancellationToken.None).ConfigureAwait(false);
            }

            foreach (var observer in _observers)
            {
                await observer.CueAsync(cue, CancellationToken.None).ConfigureAwait(false);
            }
        }

        _journal.Write("media.agent.stopped", new JsonObject { ["reason"] = reason });
    }

    /// <summary>Sends output frame <paramref name="frame"/> as the agent decided it, with its clear, journal entries and status.</summary>
    private async Task EmitAsync(AgentStep step, long frame)
    {
        RecordLateness(frame);
        var ct = CancellationToken.None;
        foreach (var e in step.TurnEvents)
        {
            _journal.TurnEvent(e);
            foreach (var observer in _observers)
            {
                await observer.TurnEventAsync(e, ct).ConfigureAwait(false);
            }
        }

        if (step.Clear)
        {
            await _downlink!.ClearAsync(ct).ConfigureAwait(false);
        }

        HangUpReason? hangUp = null;
        foreach (var cue in step.Cues)
        {
            _journal.Cue(cue);
            switch (cue)
            {
                case PlaybackCut cut:
                    _downlink!.OnCut(cut);
                    break;
                case HangingUp h:
                    hangUp = h.Reason;
                    break;
            }

            foreach (var observer in _observers)
            {
                await observer.CueAsync(cue, ct).ConfigureAwait(false);
            }
        }

        await _downlink!.FrameAsync(step.Output, ct).ConfigureAwait(false);
        if (step.Output is { } output)
        {
            foreach (var observer in _observers)
            {
                await observer.AgentAudioAsync(output, ct).ConfigureAwait(false);
            }
        }

        if (step.HangUp)
        {
            var reason = hangUp == HangUpReason.MaxDuration ? "max_duration" : "inactivity";
            await FinishAsync($"agent_hangup: {reason}", CallState.Ended, closeLeg: true, endCall: true).ConfigureAwait(false);
        }
    }

    private async Task EmitSilenceAsync(long frame)
    {
        RecordLateness(frame);
        if (_downlink is not null)
        {
            await _downlink.FrameAsync(null, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void RecordLateness(long frame) =>
        _lateness.Record(_services.Time.GetElapsedTime(_epoch) - TimeSpan.FromMilliseconds(frame * 20.0));

    /// <summary>Asks the shared clock for the next moment this call must act: its next frame's start if it is already here, else its fill deadline.</summary>
    private void Reschedule()
    {
        if (_done || _timeline is not { } timeline)
        {
            return;
        }

        var dueMs = timeline.PendingSamples >= timeline.FrameSamples ? timeline.NextReadyMs : Math.Max(timeline.NextDeadlineMs, _fillHoldUntilMs);
        _slot.WakeAt(_epoch + (long)(dueMs * _services.Time.TimestampFrequency / 1000.0));
    }

    /// <summary>The single way out: journal the summary, close the leg if asked, end the call if asked. Idempotent.</summary>
    private async Task FinishAsync(string reason, CallState state, bool closeLeg, bool endCall)
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _slot.Dispose();
        if (_timeline is { PendingSamples: > 0 } timeline)
        {
            // RUN-042: audio that came ahead of its frame's time is recorded even though the call ended first.
            var remaining = timeline.TakeRemaining(out var position);
            _recording?.Write(position, remaining);
        }

        _journal.Write("media.leg.closed", Summary(reason, state), _timeline is null ? null : _timeline.NextFrame * 20.0);
        if (closeLeg)
        {
            try
            {
                await _leg.CloseAsync(reason, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                _journal.Write("media.leg.close_failed", new JsonObject { ["error"] = e.Message });
            }
        }

        if (endCall)
        {
            await _services.Control.EndAsync(_call, state, reason, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private JsonObject Summary(string reason, CallState state)
    {
        var t = _timeline;
        var d = _downlink;
        return new JsonObject
        {
            ["reason"] = reason,
            ["state"] = CallStateMachine.Name(state),
            ["caller_frames"] = t?.NextFrame,
            ["caller_received_samples"] = t?.ReceivedSamples,
            ["caller_filled_samples"] = t?.FilledSamples,
            ["caller_late_samples"] = t?.LateSamples,
            ["caller_overflow_samples"] = t?.OverflowSamples,
            ["caller_gap_samples"] = t?.CallerGapSamples,
            ["caller_bad_positions"] = t?.BadPositions,
            ["caller_stream_offset_samples"] = t?.PositionOffset,
            ["actor_stalls"] = _stalls,
            ["caller_samples_before_media"] = _droppedBeforeMedia,
            ["caller_rate"] = t?.SampleRate,
            ["recorded_samples"] = _recording?.Length,
            ["agent_frames_sent"] = d?.FramesSent,
            ["marks_sent"] = d?.MarksSent,
            ["clears_sent"] = d?.Clears,
            ["output_frames"] = _lateness.Count,
            ["lateness_p50_ms"] = _lateness.Percentile(50).TotalMilliseconds,
            ["lateness_p99_ms"] = _lateness.Percentile(99).TotalMilliseconds,
            ["lateness_max_ms"] = _lateness.Max.TotalMilliseconds,
        };
    }

    private static JsonObject AgentDescription(AgentPlan plan)
    {
        var p = plan.Policy;
        return new JsonObject
        {
            ["persona"] = plan.Persona.Id,
            ["think_latency_ms"] = plan.Persona.ThinkLatencyMs,
            ["silence_threshold_ms"] = p.SilenceThresholdMs,
            ["response_min_speech_ms"] = p.ResponseMinSpeechMs,
            ["commit_min_interval_ms"] = p.CommitMinIntervalMs,
            ["barge_in"] = MediaJournal.Name(p.BargeIn),
            ["barge_confirm_ms"] = p.BargeConfirmMs,
            ["mic_guard_ms"] = p.MicGuardMs,
            ["first_speaker"] = p.FirstSpeaker.ToString().ToLowerInvariant(),
            ["first_message_interruptible"] = p.FirstMessageInterruptible,
            ["inactivity_timeout_ms"] = p.InactivityTimeoutMs,
            ["inactivity_action"] = p.InactivityAction.ToString().ToLowerInvariant(),
            ["max_duration_ms"] = p.MaxDurationMs,
            ["vad_on_dbfs"] = p.VadOnDbfs,
            ["vad_off_dbfs"] = p.VadOffDbfs,
            ["create_response"] = p.CreateResponse,
            ["prefix_padding_ms"] = p.PrefixPaddingMs,
            ["notes"] = new JsonArray([.. plan.Notes.Select(n => (JsonNode)n)]),
            ["policy_errors"] = new JsonArray([.. p.Validate().Select(e => (JsonNode)$"{e.Field} {e.Message}")]),
        };
    }

    private double Ms(long timestamp) => _services.Time.GetElapsedTime(_epoch, timestamp).TotalMilliseconds;
}
