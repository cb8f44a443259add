using System.Net;

namespace Conformance.Rtc;

/// <summary>
/// One message to a connection's actor. Pooled arrays (<see cref="Bytes"/>, <see cref="Samples"/>)
/// belong to the message and are returned to their pool by the actor.
/// </summary>
internal readonly record struct PeerCommand(
    PeerCommandKind Kind,
    byte[]? Bytes = null,
    short[]? Samples = null,
    int Length = 0,
    int Count = 0,
    IPEndPoint? From = null,
    TimeSpan Elapsed = default,
    Action? Invoke = null);
