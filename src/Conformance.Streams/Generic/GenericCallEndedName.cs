namespace Conformance.Streams.Generic;

/// <summary>The wire name of the end-of-call message: <c>call_ended</c> (generic) or <c>hangup</c> (Omnia).</summary>
public enum GenericCallEndedName
{
    CallEnded,
    Hangup,
}
