namespace Conformance.Streams.Twilio;

/// <summary>Twilio's documented error codes for messages an agent sends on a bidirectional stream.</summary>
public static class TwilioErrorCodes
{
    /// <summary>31950: binary WebSocket message received (https://www.twilio.com/docs/api/errors/31950).</summary>
    public const int BinaryMessage = 31950;

    /// <summary>31951: invalid message — unknown type, missing or extra field, wrong Stream SID.</summary>
    public const int InvalidMessage = 31951;

    /// <summary>The Twilio error a strict Twilio would raise for this finding.</summary>
    public static int For(StreamViolation violation) =>
        violation.Code == StreamViolationCode.BinaryFrameNotAllowed ? BinaryMessage : InvalidMessage;
}
