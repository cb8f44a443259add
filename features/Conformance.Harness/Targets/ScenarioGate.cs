namespace Conformance.Harness.Targets;

/// <summary>
/// Lets scenarios share a target side by side, except those that change it for everyone: an
/// exclusive entry waits until every shared one has left and keeps new ones out until it leaves
/// (first come, first served, so neither side starves). The emulator's lease clock is one such
/// thing (CTL-CLOCK-001: one clock for every tenant): a scenario that moves it would expire other
/// scenarios' websocketUrls and voice connections.
/// </summary>
public sealed class ScenarioGate
{
    private readonly object _lock = new();
    private readonly LinkedList<Waiter> _queue = new();
    private int _shared;
    private bool _exclusive;

    /// <summary>Enters; disposing the result leaves. Cancelling while waiting leaves the queue.</summary>
    public async Task<IAsyncDisposable> EnterAsync(bool exclusive, CancellationToken cancellationToken)
    {
        var waiter = new Waiter(exclusive);
        LinkedListNode<Waiter> node;
        lock (_lock)
        {
            node = _queue.AddLast(waiter);
            Pump();
        }

        try
        {
            await waiter.Granted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Leave the queue here, not in a token callback: a callback registered before
            // WaitAsync's runs after it, and the registration would be disposed (the callback
            // never run) by the time this method unwinds, leaving a dead waiter at the head.
            Abandon(node);
            throw;
        }

        return new Entry(this, exclusive);
    }

    /// <summary>Scenarios inside now (for tests): shared count, and whether an exclusive one is in.</summary>
    public (int Shared, bool Exclusive) Occupancy
    {
        get
        {
            lock (_lock)
            {
                return (_shared, _exclusive);
            }
        }
    }

    private void Abandon(LinkedListNode<Waiter> node)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                // Granted just before the cancellation won: give the place back.
                if (node.Value.Granted.Task.IsCompletedSuccessfully)
                {
                    if (node.Value.Exclusive)
                    {
                        _exclusive = false;
                    }
                    else
                    {
                        _shared--;
                    }

                    Pump();
                }

                return;
            }

            _queue.Remove(node);
            node.Value.Granted.TrySetCanceled();
            Pump();
        }
    }

    private void Leave(bool exclusive)
    {
        lock (_lock)
        {
            if (exclusive)
            {
                _exclusive = false;
            }
            else
            {
                _shared--;
            }

            Pump();
        }
    }

    // Under _lock: admit waiters from the head of the queue while they fit.
    private void Pump()
    {
        while (_queue.First is { } head && !_exclusive)
        {
            if (head.Value.Exclusive && _shared > 0)
            {
                return;
            }

            _queue.RemoveFirst();
            if (head.Value.Exclusive)
            {
                _exclusive = true;
            }
            else
            {
                _shared++;
            }

            head.Value.Granted.TrySetResult();
        }
    }

    private sealed record Waiter(bool Exclusive)
    {
        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Entry(ScenarioGate gate, bool exclusive) : IAsyncDisposable
    {
        private int _left;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                gate.Leave(exclusive);
            }

            return ValueTask.CompletedTask;
        }
    }
}
