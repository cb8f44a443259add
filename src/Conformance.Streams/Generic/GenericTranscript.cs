namespace Conformance.Streams.Generic;

/// <summary>
/// <c>transcript</c> (Omnia, vendors.md §2.5): <c>role</c>, <c>ordinal</c> (utterance index and
/// conversation order), exactly one of <c>text</c> (the full text so far: replace) or
/// <c>delta</c> (append), <c>final</c>, <c>medium</c> (default voice). Agent speech streams as
/// text → delta… → text + final; user speech arrives as one final message.
/// </summary>
public sealed record GenericTranscript(
    TranscriptRole Role,
    int Ordinal,
    string? Text,
    string? Delta,
    bool Final,
    TranscriptMedium Medium = TranscriptMedium.Voice) : GenericServerMessage
{
    public static GenericTranscript Replace(TranscriptRole role, int ordinal, string text, bool final) => new(role, ordinal, text, null, final);

    public static GenericTranscript Append(TranscriptRole role, int ordinal, string delta) => new(role, ordinal, null, delta, false);
}
