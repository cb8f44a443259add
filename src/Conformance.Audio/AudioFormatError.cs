namespace Conformance.Audio;

/// <summary>Why audio could not be read: one reason per distinct problem, carried by <see cref="AudioFormatException"/>.</summary>
public enum AudioFormatError
{
    /// <summary>Raised through a standard exception constructor without a reason.</summary>
    Unspecified,
    NotRiff,
    NotWave,
    TruncatedChunk,
    MissingFormatChunk,
    MissingDataChunk,
    DuplicateChunk,
    MalformedFormatChunk,
    UnsupportedFormatTag,
    UnsupportedSubFormat,
    UnsupportedBitsPerSample,
    UnsupportedSampleRate,
    UnsupportedChannelCount,
    InconsistentHeader,
    PartialSampleFrame,
    TooLarge,
}
