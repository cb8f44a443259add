namespace Conformance.Streams.Generic;

/// <summary><c>hang_up</c>: the client ends the call, optionally with a parting <c>message</c>.</summary>
public sealed record GenericHangUp(string? Message = null) : GenericClientMessage;
