using System.Net.WebSockets;

namespace Conformance.Streams;

/// <summary>
/// One finding about one media-stream message: where (a JSON path such as <c>$.media.payload</c>,
/// or <c>frame</c> for the message as a whole), why, how bad, and a human sentence. Error
/// findings also say how to close the socket and, where the vendor documents one, the vendor's
/// own error code (Twilio 31950/31951, Telnyx 100002–100005).
/// </summary>
public sealed record StreamViolation(
    string Location,
    StreamViolationCode Code,
    ViolationSeverity Severity,
    string Message)
{
    /// <summary>The WebSocket close status a strict peer would use for this finding (RFC 6455 §7.4.1).</summary>
    public WebSocketCloseStatus CloseStatus => Code switch
    {
        StreamViolationCode.BinaryFrameNotAllowed or StreamViolationCode.UnexpectedFrameKind => WebSocketCloseStatus.InvalidMessageType,
        StreamViolationCode.FrameTooLarge => WebSocketCloseStatus.MessageTooBig,
        StreamViolationCode.MalformedJson => WebSocketCloseStatus.InvalidPayloadData,
        _ => WebSocketCloseStatus.PolicyViolation,
    };

    /// <summary>
    /// A close reason that fits the 123-byte limit of a close frame's reason (RFC 6455 §5.5:
    /// control frame payload ≤ 125 bytes, 2 of them for the code).
    /// </summary>
    public string CloseReason
    {
        get
        {
            var reason = $"{Code} at {Location}";
            return reason.Length <= 120 ? reason : reason[..120];
        }
    }

    /// <summary>A finding at the message level.</summary>
    public static StreamViolation Error(StreamViolationCode code, string location, string message) =>
        new(location, code, ViolationSeverity.Error, message);

    public static StreamViolation Warning(StreamViolationCode code, string location, string message) =>
        new(location, code, ViolationSeverity.Warning, message);

    public override string ToString() => $"{Severity} {Code} at {Location}: {Message}";
}
