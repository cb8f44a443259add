namespace Conformance.Streams;

/// <summary>Why a media-stream message was rejected or flagged. One reason per finding.</summary>
public enum StreamViolationCode
{
    /// <summary>A binary WebSocket message where the protocol allows only text (Twilio 31950).</summary>
    BinaryFrameNotAllowed,

    /// <summary>A text message where the generic mode expects audio, or vice versa.</summary>
    UnexpectedFrameKind,

    /// <summary>Larger than the protocol's (or our configured) message limit.</summary>
    FrameTooLarge,

    /// <summary>An empty message.</summary>
    EmptyFrame,

    /// <summary>Not well-formed JSON, not UTF-8, or trailing content after the value.</summary>
    MalformedJson,

    /// <summary>The JSON value at the root (or at a nested position) is not an object.</summary>
    NotAnObject,

    /// <summary>A documented required field is absent.</summary>
    MissingField,

    /// <summary>A field has the wrong JSON type (e.g. a number where the vendor sends a string).</summary>
    WrongType,

    /// <summary>A field the vendor does not document (Twilio: "missing or extra field", 31951).</summary>
    UnexpectedField,

    /// <summary>The same property appears twice in one object.</summary>
    DuplicateField,

    /// <summary>An <c>event</c> / <c>type</c> the protocol does not define in this direction.</summary>
    UnknownEvent,

    /// <summary>A payload that is not valid base64 (Telnyx 100004 <c>invalid_media</c>).</summary>
    InvalidBase64,

    /// <summary>A field with a value outside its documented set or range.</summary>
    InvalidValue,

    /// <summary>The stream id does not match the stream this socket carries.</summary>
    StreamIdMismatch,

    /// <summary>Plivo <c>playAudio</c> content type or sample rate differs from the stream's.</summary>
    FormatMismatch,

    /// <summary>A message that is valid alone but not at this point of the stream (e.g. media before start).</summary>
    OutOfOrder,
}
