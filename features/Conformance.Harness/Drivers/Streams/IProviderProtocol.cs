using System.Net.WebSockets;
using Conformance.Streams;
using Conformance.Streams.Playout;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>
/// The telephony provider's side of one media-stream protocol: what it sends (opening messages,
/// caller audio, mark echoes, stop) and how it reads the agent's messages. Pure message building
/// and parsing over Conformance.Streams; the call driver owns the socket and the clock.
/// </summary>
public interface IProviderProtocol
{
    StreamTransport Transport { get; }

    /// <summary>Caller → agent audio format.</summary>
    StreamAudioFormat Uplink { get; }

    /// <summary>Agent → caller audio format (what the playout buffer holds).</summary>
    StreamAudioFormat Downlink { get; }

    /// <summary>How the provider's outbound buffer behaves (clear semantics, size).</summary>
    ProviderPlayoutOptions Playout { get; }

    /// <summary>What goes out as soon as the socket is open (Twilio/Telnyx <c>connected</c> + <c>start</c>, Plivo <c>start</c>; nothing for generic).</summary>
    IReadOnlyList<OutboundFrame> Open();

    /// <summary>One frame of caller audio (payload already in <see cref="Uplink"/>).</summary>
    OutboundFrame Media(ReadOnlyMemory<byte> payload);

    /// <summary>The acknowledgement of a played (or cleared) mark; null when the protocol has none.</summary>
    OutboundFrame? MarkEcho(string name);

    /// <summary>What the provider answers a clear with (Plivo <c>clearedAudio</c>); null for the others.</summary>
    OutboundFrame? ClearAcknowledgement();

    /// <summary>A keypad digit from the caller; null when the protocol carries none inbound.</summary>
    OutboundFrame? Dtmf(char digit, long streamMs);

    /// <summary>The provider's end-of-stream message before it closes (Twilio/Telnyx <c>stop</c>, generic <c>hang_up</c>); null for none.</summary>
    OutboundFrame? EndOfStream();

    /// <summary>Reads one agent message (findings included; an error finding means the message was dropped).</summary>
    IReadOnlyList<AgentStreamEvent> Read(WebSocketMessageType type, ReadOnlySpan<byte> data);
}
