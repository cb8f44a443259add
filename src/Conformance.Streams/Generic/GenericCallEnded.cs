namespace Conformance.Streams.Generic;

/// <summary>
/// The call is ending and the server will close the socket (code 1000). Omnia names the message
/// <c>hangup</c>; the recommended generic mode names it <c>call_ended</c>. The name is chosen per call.
/// </summary>
public sealed record GenericCallEnded(GenericCallEndedName Name = GenericCallEndedName.CallEnded) : GenericServerMessage;
