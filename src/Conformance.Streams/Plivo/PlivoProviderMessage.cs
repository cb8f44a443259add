namespace Conformance.Streams.Plivo;

/// <summary>
/// A message Plivo sends to the agent (media-protocols.md §3.2): camelCase, <c>sequenceNumber</c>
/// and <c>chunk</c> are JSON numbers, <c>timestamp</c> is a Unix-epoch-ms string.
/// </summary>
public abstract record PlivoProviderMessage
{
    private protected PlivoProviderMessage()
    {
    }
}
