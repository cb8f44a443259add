namespace Conformance.Rtc.Sdp;

/// <summary>Why a session description does not parse (RFC 8866 §5, §9 grammar).</summary>
public enum SdpErrorCode
{
    None = 0,
    Empty,
    MalformedLine,
    UnknownLineType,
    MissingVersion,
    UnsupportedVersion,
    MissingOrigin,
    MalformedOrigin,
    MissingSessionName,
    MissingTiming,
    MalformedConnection,
    MalformedMedia,
    LineOutOfPlace,
    TooLarge,
}
