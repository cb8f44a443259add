namespace Conformance.Streams.Plivo;

/// <summary><c>sendDTMF</c>: listed in Plivo's event table; the <c>{"dtmf":"5"}</c> shape is UNVERIFIED.</summary>
public sealed record PlivoSendDtmf(string Digits) : PlivoAgentMessage;
