using Conformance.Streams;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>What the agent side sent on a media stream, protocol-neutral.</summary>
public abstract record AgentStreamEvent
{
    private protected AgentStreamEvent()
    {
    }
}

/// <summary>Agent audio, in the stream's downlink format (µ-law, A-law or PCM16 in the stream's byte order).</summary>
public sealed record AgentAudio(ReadOnlyMemory<byte> Payload) : AgentStreamEvent;

/// <summary>A mark / checkpoint: a position in the playout queue the provider acknowledges when played.</summary>
public sealed record AgentMark(string Name) : AgentStreamEvent;

/// <summary>The protocol's clear (<c>clear</c>, <c>clearAudio</c>, <c>playback_clear_buffer</c>): drop queued audio.</summary>
public sealed record AgentClear(string WireName) : AgentStreamEvent;

/// <summary>A control message that does not touch playout (generic <c>state</c>, <c>transcript</c>, <c>pong</c>, Plivo <c>sendDTMF</c>…), kept as its JSON.</summary>
public sealed record AgentControl(string Type, string Json) : AgentStreamEvent;

/// <summary>The agent announced the end of the call (generic <c>call_ended</c> / Omnia <c>hangup</c>).</summary>
public sealed record AgentHangUp(string WireName) : AgentStreamEvent;

/// <summary>
/// A finding about an agent message: an error (the provider would reject the message, which is
/// then dropped) or a warning (accepted), with the raw text.
/// </summary>
public sealed record AgentProtocolFinding(StreamViolation Violation, string Raw) : AgentStreamEvent
{
    public bool IsError => Violation.Severity == ViolationSeverity.Error;
}
