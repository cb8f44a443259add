namespace Conformance.Streams.Generic;

public enum TranscriptRole
{
    User,
    Agent,
}
