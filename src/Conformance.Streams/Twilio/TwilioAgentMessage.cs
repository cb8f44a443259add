namespace Conformance.Streams.Twilio;

/// <summary>
/// A message the agent sends to Twilio (media-protocols.md §1.3). Twilio accepts only the three
/// kinds derived from this; anything else is error 31951. The emulator writes them, the harness
/// parses them.
/// </summary>
public abstract record TwilioAgentMessage
{
    private protected TwilioAgentMessage(string streamSid)
    {
        StreamSid = streamSid;
    }

    public string StreamSid { get; }
}
