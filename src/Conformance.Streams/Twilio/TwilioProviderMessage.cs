namespace Conformance.Streams.Twilio;

/// <summary>
/// A message Twilio sends to the agent's WebSocket server (media-protocols.md §1.2): the emulator
/// parses these, the harness (playing Twilio) writes them. Counters are decimal strings on the
/// wire; here they are numbers.
/// </summary>
public abstract record TwilioProviderMessage
{
    private protected TwilioProviderMessage()
    {
    }
}
