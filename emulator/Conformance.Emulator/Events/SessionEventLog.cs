using System.Text.Json.Nodes;
using System.Threading.Channels;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Events;

/// <summary>
/// The ordered events of one Everruns session (the SSE stream's source): the REST layer
/// publishes lifecycle events (<c>voice.session.*</c>), the runtime publishes transcripts and
/// interruptions. Subscribers get a bounded queue; one that falls more than
/// <see cref="SubscriberCapacity"/> events behind is disconnected (it resumes with since_id)
/// rather than letting memory grow without bound.
/// </summary>
public sealed class SessionEventLog
{
    public const int SubscriberCapacity = 10_000;
    public const int Retained = 50_000;

    private readonly string _sessionId;
    private readonly TimeProvider _clock;
    private readonly Lock _gate = new();
    private readonly List<SessionEvent> _events = [];
    private readonly List<SessionSubscription> _subscribers = [];
    private long _sequence;
    private bool _closed;

    public SessionEventLog(string sessionId, TimeProvider clock)
    {
        _sessionId = sessionId;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public SessionEvent Publish(string type, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(data);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var published = new SessionEvent(PublicIds.NewPrefixed("event", now), ++_sequence, type, now, _sessionId, data);
            _events.Add(published);
            if (_events.Count > Retained)
            {
                _events.RemoveRange(0, _events.Count - Retained);
            }

            foreach (var subscriber in _subscribers.ToArray())
            {
                if (!subscriber.Channel.Writer.TryWrite(published))
                {
                    _subscribers.Remove(subscriber);
                    subscriber.Channel.Writer.TryComplete(new InvalidOperationException("subscriber fell too far behind"));
                }
            }

            return published;
        }
    }

    /// <summary>The sequence number of an event id, if this log still holds it.</summary>
    public bool TryFindSequence(string eventId, out long sequence)
    {
        lock (_gate)
        {
            var found = _events.Find(e => string.Equals(e.Id, eventId, StringComparison.Ordinal));
            sequence = found?.Sequence ?? 0;
            return found is not null;
        }
    }

    public IReadOnlyList<SessionEvent> Snapshot()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }

    public SessionSubscription Subscribe(long afterSequence)
    {
        lock (_gate)
        {
            var channel = Channel.CreateBounded<SessionEvent>(new BoundedChannelOptions(SubscriberCapacity) { SingleReader = true });
            var subscription = new SessionSubscription(_events.Where(e => e.Sequence > afterSequence).ToArray(), channel, Unsubscribe);
            if (_closed)
            {
                channel.Writer.TryComplete();
            }
            else
            {
                _subscribers.Add(subscription);
            }

            return subscription;
        }
    }

    /// <summary>Ends every live stream (session deleted, emulator reset).</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Channel.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private void Unsubscribe(SessionSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscription);
        }
    }
}
