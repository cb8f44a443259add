using System.Threading.Channels;

namespace Conformance.Emulator.Events;

/// <summary>
/// A live view of a session's events: the backlog after the requested cursor, then everything
/// published later, with no gap and no duplicate between the two. Dispose to unsubscribe.
/// </summary>
public sealed class SessionSubscription : IDisposable
{
    private readonly Action<SessionSubscription> _unsubscribe;
    private int _disposed;

    internal SessionSubscription(IReadOnlyList<SessionEvent> backlog, Channel<SessionEvent> channel, Action<SessionSubscription> unsubscribe)
    {
        Backlog = backlog;
        Channel = channel;
        _unsubscribe = unsubscribe;
    }

    public IReadOnlyList<SessionEvent> Backlog { get; }

    public ChannelReader<SessionEvent> Live => Channel.Reader;

    internal Channel<SessionEvent> Channel { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _unsubscribe(this);
            Channel.Writer.TryComplete();
        }
    }
}
