using System.Net;
using System.Threading.Channels;

namespace Conformance.Rtc;

/// <summary>
/// A connection's state and its event stream (see <see cref="ConnectionState"/> for the diagram).
/// Written by the actor only; the state is readable from any thread.
/// </summary>
internal sealed class ConnectionStateMachine(TimeProvider timeProvider)
{
    private readonly Channel<ConnectionEvent> _events = Channel.CreateUnbounded<ConnectionEvent>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile int _state;

    public ConnectionState State => (ConnectionState)_state;

    public ChannelReader<ConnectionEvent> Events => _events.Reader;

    /// <summary>Completes on Connected; faults with <see cref="PeerConnectionException"/> on Failed or Closed first.</summary>
    public Task Connected => _connected.Task;

    /// <summary>Where media goes, for the events' RemoteEndPoint.</summary>
    public IPEndPoint? Remote { get; set; }

    /// <summary>Moves to <paramref name="state"/>; Closed is final, repeats are ignored.</summary>
    public void MoveTo(ConnectionState state, ConnectionFailureReason reason, string? detail)
    {
        if (State == state || State == ConnectionState.Closed)
        {
            return;
        }

        _state = (int)state;
        Emit(ConnectionEventKind.StateChanged, reason, detail);
        switch (state)
        {
            case ConnectionState.Connected:
                _connected.TrySetResult();
                break;
            case ConnectionState.Failed or ConnectionState.Closed:
                _connected.TrySetException(new PeerConnectionException(state, reason,
                    $"The connection {state.ToString().ToLowerInvariant()}: {reason}{(detail is null ? "" : $" — {detail}")}"));
                break;
        }
    }

    /// <summary>Failed, unless already Failed or Closed.</summary>
    public bool TryFail(ConnectionFailureReason reason, string detail)
    {
        if (State is ConnectionState.Failed or ConnectionState.Closed)
        {
            return false;
        }

        MoveTo(ConnectionState.Failed, reason, detail);
        return true;
    }

    public void Emit(ConnectionEventKind kind, ConnectionFailureReason reason, string? detail, IPEndPoint? remote = null) =>
        _events.Writer.TryWrite(new ConnectionEvent(kind, State, timeProvider.GetUtcNow(), reason, detail, remote ?? Remote));

    public void Complete() => _events.Writer.TryComplete();
}
