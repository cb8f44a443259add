namespace Conformance.Streams.Generic;

public enum TranscriptMedium
{
    Voice,
    Text,
}
