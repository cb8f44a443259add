namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// The one clock every call actor shares (STYLE Do 4; specs/runtime.md RUN-003): a single loop
/// that sleeps until the earliest deadline any call asked for, then wakes every call that is
/// due (a call asks for one deadline at a time; asking again replaces it). There is no timer per
/// call or per source: N calls cost one wait per distinct deadline. Deadlines are
/// <see cref="TimeProvider.GetTimestamp"/> values of the injected clock.
/// </summary>
public sealed class MediaClock : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly PriorityQueue<Registration, long> _queue = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sleepingUntil = long.MaxValue;

    public MediaClock(TimeProvider time)
    {
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _loop = Task.Run(RunAsync);
    }

    public TimeProvider Time => _time;

    /// <summary>A call's handle: <see cref="Registration.WakeAt"/> replaces its pending deadline; <paramref name="onDue"/> gets the deadline that fell due.</summary>
    public Registration Register(Action<long> onDue)
    {
        ArgumentNullException.ThrowIfNull(onDue);
        return new Registration(this, onDue);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        lock (_gate)
        {
            _wake.TrySetResult();
        }

        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private void Schedule(Registration registration, long due)
    {
        lock (_gate)
        {
            registration.Due = due;
            _queue.Enqueue(registration, due);
            if (due < _sleepingUntil)
            {
                _wake.TrySetResult();
            }
        }
    }

    private async Task RunAsync()
    {
        var due = new List<(Registration Registration, long At)>();
        while (!_stop.IsCancellationRequested)
        {
            Task wake;
            TimeSpan wait;
            lock (_gate)
            {
                due.Clear();
                var now = _time.GetTimestamp();
                while (_queue.TryPeek(out var registration, out var at))
                {
                    if (at != registration.Due || registration.Disposed)
                    {
                        _queue.Dequeue();
                        continue;
                    }

                    if (at > now)
                    {
                        break;
                    }

                    _queue.Dequeue();
                    registration.Due = long.MaxValue;
                    due.Add((registration, at));
                }

                _sleepingUntil = _queue.TryPeek(out _, out var next) ? next : long.MaxValue;
                wait = _sleepingUntil == long.MaxValue ? Timeout.InfiniteTimeSpan : _time.GetElapsedTime(now, _sleepingUntil);
                if (_wake.Task.IsCompleted)
                {
                    _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                wake = _wake.Task;
            }

            // Callbacks run outside the lock: each only posts a tick into its call's inbox.
            foreach (var (registration, at) in due)
            {
                registration.Fire(at);
            }

            if (due.Count > 0)
            {
                continue;
            }

            if (wait == Timeout.InfiniteTimeSpan)
            {
                await wake.WaitAsync(_stop.Token).ConfigureAwait(false);
            }
            else if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(wake, Task.Delay(wait, _time, _stop.Token)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One call's slot on the clock.</summary>
    public sealed class Registration : IDisposable
    {
        private readonly MediaClock _clock;
        private readonly Action<long> _onDue;

        internal Registration(MediaClock clock, Action<long> onDue)
        {
            _clock = clock;
            _onDue = onDue;
        }

        internal long Due { get; set; } = long.MaxValue;

        internal bool Disposed { get; private set; }

        /// <summary>Asks for one wake-up at <paramref name="timestamp"/> (replacing any earlier request).</summary>
        public void WakeAt(long timestamp) => _clock.Schedule(this, timestamp);

        public void Dispose() => Disposed = true;

        internal void Fire(long due)
        {
            if (!Disposed)
            {
                _onDue(due);
            }
        }
    }
}
