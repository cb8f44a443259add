namespace Conformance.Streams.Plivo;

/// <summary>A message the agent sends to Plivo (media-protocols.md §3.3).</summary>
public abstract record PlivoAgentMessage
{
    private protected PlivoAgentMessage()
    {
    }
}
