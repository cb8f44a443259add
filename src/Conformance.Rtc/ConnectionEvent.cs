using System.Net;

namespace Conformance.Rtc;

/// <summary>One transport event, in order, with the time it happened on the connection's clock.</summary>
public sealed record ConnectionEvent(
    ConnectionEventKind Kind,
    ConnectionState State,
    DateTimeOffset Time,
    ConnectionFailureReason Reason = ConnectionFailureReason.None,
    string? Detail = null,
    IPEndPoint? RemoteEndPoint = null);
