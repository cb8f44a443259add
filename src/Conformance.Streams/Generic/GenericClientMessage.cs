namespace Conformance.Streams.Generic;

/// <summary>
/// A message the client (the caller side) sends on a generic media-stream socket: audio in binary
/// messages (<see cref="GenericAudioChunk"/>), control as JSON text.
/// </summary>
public abstract record GenericClientMessage
{
    private protected GenericClientMessage()
    {
    }
}
