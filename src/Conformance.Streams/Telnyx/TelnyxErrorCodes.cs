namespace Conformance.Streams.Telnyx;

/// <summary>Telnyx media-streaming error codes (media-protocols.md §2.2).</summary>
public static class TelnyxErrorCodes
{
    public const int UnknownError = 100002;
    public const int MalformedFrame = 100003;
    public const int InvalidMedia = 100004;
    public const int RateLimitReached = 100005;

    /// <summary>Not base64 → <c>invalid_media</c>; every other finding → <c>malformed_frame</c>.</summary>
    public static int For(StreamViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return violation.Code == StreamViolationCode.InvalidBase64 ? InvalidMedia : MalformedFrame;
    }

    public static string Title(int code) => code switch
    {
        UnknownError => "unknown_error",
        MalformedFrame => "malformed_frame",
        InvalidMedia => "invalid_media",
        RateLimitReached => "rate_limit_reached",
        _ => "unknown_error",
    };
}
