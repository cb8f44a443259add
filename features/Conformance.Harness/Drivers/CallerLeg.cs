using System.Threading.Channels;
using Conformance.Harness.Audio;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The loop every caller leg runs: one tick per 20 ms frame on an absolute schedule
/// (<c>start + n × 20 ms</c> from the run's <see cref="TimeProvider"/>; a late tick catches up, it
/// never drifts), in which the leg sends the caller's next frame, takes in what the agent sent,
/// plays it out, and then checks the conditions steps wait for. Commands from steps (say this,
/// hang up) run on the loop, so <see cref="CallState"/> has one owner. Media time is the tick
/// count, so measurements hold however loaded the machine is.
/// </summary>
public abstract class CallerLeg : ICallerLeg
{
    private readonly Channel<Func<CancellationToken, ValueTask>> _commands = Channel.CreateUnbounded<Func<CancellationToken, ValueTask>>();
    private readonly List<Waiter> _waiters = [];
    private readonly Queue<(CallerClipAudio Clip, TaskCompletionSource<CallerUtterance> Placed)> _queue = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _late = new();
    private readonly TimeProvider _time;
    private (CallerClipAudio Clip, int Offset)? _speaking;
    private Task? _loop;
    private bool _stopping;
    private long _nextUplink;
    private bool _stalled;
    private long _startTimestamp;
    private bool _started;
    private DateTimeOffset _startUtc;
    private double _intakeLimitMs = double.PositiveInfinity;

    /// <summary>A tick this late is reported on the timeline.</summary>
    public const double StallReportMs = 60;

    protected CallerLeg(string transport, int uplinkSampleRate, AgentEar ear, TimeProvider time, CallerLegOptions? options)
    {
        Options = options ?? new CallerLegOptions();
        _time = time ?? throw new ArgumentNullException(nameof(time));
        UplinkSampleRate = uplinkSampleRate;
        State = new CallState(transport, ear, Options.FrameMs);
    }

    public string Transport => State.Transport;

    public int UplinkSampleRate { get; }

    protected CallerLegOptions Options { get; }

    protected CallState State { get; }

    protected TimeProvider Time => _time;

    protected int UplinkFrameSamples => UplinkSampleRate * Options.FrameMs / 1000;

    /// <summary>The loop's task (faults surface here and in every pending wait).</summary>
    public Task Completion => _loop ?? Task.CompletedTask;

    public virtual Task<CallerUtterance> SayAsync(CallerClipAudio clip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clip);
        if (clip.SampleRate != UplinkSampleRate)
        {
            throw new ArgumentException($"Clip '{clip.ClipId}' is at {clip.SampleRate} Hz; this leg sends {UplinkSampleRate} Hz.", nameof(clip));
        }

        var placed = new TaskCompletionSource<CallerUtterance>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ =>
        {
            _queue.Enqueue((clip, placed));
            return ValueTask.CompletedTask;
        });
        return placed.Task.WaitAsync(cancellationToken);
    }

    public Task SendDigitAsync(char digit, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(async ct =>
        {
            if (State.Ended)
            {
                done.TrySetException(new CallEndedException($"The call ended ({State.EndReason}) before the caller could press {digit}."));
                return;
            }

            await OnDigitAsync(digit, ct);
            State.Log(WireDirection.ToAgent, "dtmf", digit.ToString());
            done.TrySetResult();
        });
        return done.Task.WaitAsync(cancellationToken);
    }

    public Task WaitForAsync(Func<CallState, bool> condition, double timeoutMs, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waiter = new Waiter(condition, description, timeoutMs);
        Post(_ =>
        {
            waiter.DeadlineMs = State.NowMs + timeoutMs;
            if (!Check(waiter))
            {
                _waiters.Add(waiter);
            }

            return ValueTask.CompletedTask;
        });
        return waiter.Done.Task.WaitAsync(cancellationToken);
    }

    public Task<CallObservation> ObserveAsync(CancellationToken cancellationToken)
    {
        var observed = new TaskCompletionSource<CallObservation>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(_ =>
        {
            observed.TrySetResult(State.Observe());
            return ValueTask.CompletedTask;
        });
        return observed.Task.WaitAsync(cancellationToken);
    }

    public async Task HangUpAsync(CancellationToken cancellationToken)
    {
        Post(async ct =>
        {
            if (!State.Ended)
            {
                await OnHangUpAsync(ct);
                State.End("caller hung up");
            }

            _stopping = true;
        });
        await Completion.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_loop is not null && !_loop.IsCompleted)
        {
            try
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10), _time);
                await HangUpAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                await _stop.CancelAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or System.Net.WebSockets.WebSocketException or IOException)
            {
                // The leg already failed; its fault was reported to the waiting steps.
            }
        }

        _stop.Dispose();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Whether something the agent sent, which arrived <paramref name="arrivalMs"/> into the
    /// schedule, is taken in by the tick now running. On time (less than half a frame late), the
    /// tick takes everything that has arrived — an agent whose clock runs in phase with ours must
    /// not have its messages (and the mark echoes they lead to) put off by a tick. A tick that runs late — our own loop stalled, the machine was busy — takes only
    /// what arrived by its due time (+ at most half a frame, what an on-time tick would have seen):
    /// the rest waits for the catch-up tick whose due time it arrived in, so a stall of the
    /// harness does not move the agent's audio earlier on the caller's timeline.
    /// </summary>
    protected bool ArrivedByThisTick(double arrivalMs) => arrivalMs <= _intakeLimitMs;

    /// <summary>Where a <see cref="TimeProvider.GetTimestamp"/> lies on the leg's schedule, in ms since tick 0 was due.</summary>
    protected double ScheduleMs(long timestamp) => !_started ? double.NegativeInfinity : _time.GetElapsedTime(_startTimestamp, timestamp).TotalMilliseconds;

    /// <summary>Where a wall-clock instant from the run's <see cref="TimeProvider"/> lies on the leg's schedule.</summary>
    protected double ScheduleMs(DateTimeOffset at) => !_started ? double.NegativeInfinity : (at - _startUtc).TotalMilliseconds;

    /// <summary>Starts the loop (call once, after the transport is connected).</summary>
    protected void StartLoop() => _loop = Task.Run(RunAsync);

    protected abstract ValueTask OnStartAsync(CancellationToken cancellationToken);

    /// <summary>Where the stream's media time is after a tick: the tick count, unless the leg keeps its own media clock (the browser's AudioContext).</summary>
    protected virtual double MediaTimeAfterTick(long tick) => (tick + 1) * (double)Options.FrameMs;

    /// <summary>Runs a command on the leg's loop (between ticks), where <see cref="State"/> may be touched.</summary>
    protected Task<T> OnLoopAsync<T>(Func<CancellationToken, ValueTask<T>> command)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(async ct =>
        {
            try
            {
                done.TrySetResult(await command(ct));
            }
            catch (Exception e)
            {
                done.TrySetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>Sends caller frame <paramref name="index"/> (PCM at the uplink rate); frame n covers [n·20, (n+1)·20) ms of the stream.</summary>
    protected abstract ValueTask OnUplinkAsync(long index, ReadOnlyMemory<short> frame, CancellationToken cancellationToken);

    /// <summary>One tick: take in the agent's messages and play out one frame into <see cref="CallState.Ear"/>.</summary>
    protected abstract ValueTask OnTickAsync(long tick, CancellationToken cancellationToken);

    protected abstract ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken);

    protected abstract ValueTask OnHangUpAsync(CancellationToken cancellationToken);

    protected abstract ValueTask DisposeCoreAsync();

    private void Post(Func<CancellationToken, ValueTask> command)
    {
        if (_commands.Writer.TryWrite(command))
        {
            return;
        }

        // The loop is over: run here, one late command at a time (the loop no longer touches the state).
        lock (_late)
        {
            RunLate(command);
            FailRemaining();
        }
    }

    /// <summary>A command after the loop ended: every one completes synchronously once the call is over (the state is final).</summary>
    private static void RunLate(Func<CancellationToken, ValueTask> command) => command(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var ct = _stop.Token;
        var frame = new short[UplinkFrameSamples];
        try
        {
            await OnStartAsync(ct);
            var start = _time.GetTimestamp();
            _startUtc = _time.GetUtcNow();
            _startTimestamp = start;
            _started = true;
            for (long tick = 0; ; tick++)
            {
                var due = TimeSpan.FromMilliseconds(tick * Options.FrameMs);
                var wait = due - _time.GetElapsedTime(start);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, ct);
                }
                else if (-wait.TotalMilliseconds >= StallReportMs && !_stalled)
                {
                    // Our own loop ran late (a loaded machine): said on the timeline, so a figure
                    // it disturbed can be told from the agent's doing.
                    _stalled = true;
                    State.Log(WireDirection.Local, "harness stalled", $"{-wait.TotalMilliseconds:0} ms behind its schedule");
                }
                else if (wait > -TimeSpan.FromMilliseconds(Options.FrameMs))
                {
                    _stalled = false;
                }

                while (_commands.Reader.TryRead(out var command))
                {
                    await command(ct);
                }

                if (_stopping)
                {
                    break;
                }

                // The uplink runs Options.UplinkLeadFrames ahead of the tick (see CallerLegOptions).
                for (; _nextUplink <= tick + Options.UplinkLeadFrames; _nextUplink++)
                {
                    NextUplinkFrame(frame, _nextUplink);
                    await OnUplinkAsync(_nextUplink, frame, ct);
                }

                var lateMs = (_time.GetElapsedTime(start) - due).TotalMilliseconds;
                _intakeLimitMs = lateMs < Options.FrameMs / 2.0 ? double.PositiveInfinity : due.TotalMilliseconds + (Options.FrameMs / 2.0);
                await OnTickAsync(tick, ct);
                State.NowMs = MediaTimeAfterTick(tick);
                if (State.NowMs >= Options.MaxCallMs)
                {
                    State.End($"the harness's limit of {Options.MaxCallMs / 1000:0} s per call");
                }

                _waiters.RemoveAll(Check);
                if (State.Ended)
                {
                    while (_commands.Reader.TryRead(out var command))
                    {
                        await command(ct);
                    }

                    break;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            State.End("cancelled");
        }
        catch (Exception e)
        {
            State.End($"leg failed: {e.GetType().Name}: {e.Message}");
            foreach (var waiter in _waiters)
            {
                waiter.Done.TrySetException(new InvalidOperationException($"{Transport} caller leg failed while waiting for {waiter.Description}", e));
            }

            _waiters.Clear();
            throw;
        }
        finally
        {
            lock (_late)
            {
                _commands.Writer.TryComplete();
                while (_commands.Reader.TryRead(out var command))
                {
                    RunLate(command);
                }

                FailRemaining();
            }
        }
    }

    private void FailRemaining()
    {
        foreach (var waiter in _waiters)
        {
            if (!Check(waiter))
            {
                waiter.Done.TrySetException(new CallEndedException(
                    $"The call ended ({State.EndReason}) at {State.EndedAtMs ?? State.NowMs:0} ms before {waiter.Description}."));
            }
        }

        _waiters.Clear();
        foreach (var (clip, placed) in _queue)
        {
            placed.TrySetException(new CallEndedException($"The call ended before the caller could say '{clip.ClipId}'."));
        }

        _queue.Clear();
    }

    /// <summary>True when the waiter is done (fulfilled or timed out) and can be dropped.</summary>
    private bool Check(Waiter waiter)
    {
        bool holds;
        try
        {
            holds = waiter.Condition(State);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            waiter.Done.TrySetException(e);
            return true;
        }

        if (holds)
        {
            waiter.Done.TrySetResult();
            return true;
        }

        if (State.NowMs >= waiter.DeadlineMs)
        {
            waiter.Done.TrySetException(new TimeoutException(
                $"Gave up waiting for {waiter.Description} after {waiter.TimeoutMs:0} ms of call time (the stream was at {State.NowMs:0} ms)."));
            return true;
        }

        return false;
    }

    private void NextUplinkFrame(Span<short> frame, long index)
    {
        frame.Clear();
        var filled = 0;
        while (filled < frame.Length)
        {
            if (_speaking is null)
            {
                if (!_queue.TryDequeue(out var next))
                {
                    break;
                }

                var startMs = index * (double)Options.FrameMs + (filled * 1000.0 / UplinkSampleRate);
                var utterance = next.Clip.PlacedAt(startMs);
                State.AddUtterance(utterance);
                State.LogAt(startMs, WireDirection.ToAgent, "caller speech", next.Clip.ClipId);
                next.Placed.TrySetResult(utterance);
                _speaking = (next.Clip, 0);
            }

            var (clip, offset) = _speaking.Value;
            var take = Math.Min(frame.Length - filled, clip.Pcm.Length - offset);
            clip.Pcm.Span.Slice(offset, take).CopyTo(frame[filled..]);
            filled += take;
            _speaking = offset + take >= clip.Pcm.Length ? null : (clip, offset + take);
        }
    }

    private sealed class Waiter(Func<CallState, bool> condition, string description, double timeoutMs)
    {
        public Func<CallState, bool> Condition { get; } = condition;

        public string Description { get; } = description;

        public double TimeoutMs { get; } = timeoutMs;

        public double DeadlineMs { get; set; } = double.MaxValue;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
