namespace Conformance.Streams.Telnyx;

/// <summary>
/// A message Telnyx sends to the agent (media-protocols.md §2.2): snake_case, counters as decimal
/// strings on the wire, <c>stream_id</c> at the top level.
/// </summary>
public abstract record TelnyxProviderMessage
{
    private protected TelnyxProviderMessage()
    {
    }
}
