namespace Conformance.Streams.Telnyx;

/// <summary>
/// A message the agent sends to Telnyx (media-protocols.md §2.3). The documented examples carry
/// no <c>stream_id</c>; one is accepted and written only when set.
/// </summary>
public abstract record TelnyxAgentMessage
{
    private protected TelnyxAgentMessage(string? streamId)
    {
        StreamId = streamId;
    }

    public string? StreamId { get; }
}
