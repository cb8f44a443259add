namespace Conformance.Streams.Generic;

/// <summary>
/// A binary message: raw audio in the call's input format, any length (a PCM16 chunk may even end
/// half-way through a sample; <see cref="PcmByteAligner"/> carries the odd byte over).
/// </summary>
public sealed record GenericAudioChunk(ReadOnlyMemory<byte> Audio) : GenericClientMessage;
