namespace Conformance.Streams.Generic;

/// <summary>
/// Turns arbitrary-length binary chunks into whole samples: a PCM16 chunk with an odd length
/// leaves its last byte pending, to be joined with the first byte of the next chunk. G.711 has
/// one byte per sample and never buffers. Streaming and allocation-free.
/// </summary>
public sealed class PcmByteAligner
{
    private readonly int _bytesPerSample;
    private byte _pendingByte;

    public PcmByteAligner(int bytesPerSample)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytesPerSample, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bytesPerSample, 2);
        _bytesPerSample = bytesPerSample;
    }

    /// <summary>Bytes held back from the last chunk (0 or 1).</summary>
    public int PendingBytes { get; private set; }

    /// <summary>The most bytes <see cref="Align"/> can write for a chunk of this length.</summary>
    public int MaxOutputBytes(int chunkLength) => (PendingBytes + chunkLength) / _bytesPerSample * _bytesPerSample;

    /// <summary>
    /// Writes the pending byte plus <paramref name="chunk"/>, cut to whole samples, to
    /// <paramref name="destination"/>; keeps the remainder. Returns the bytes written.
    /// </summary>
    public int Align(ReadOnlySpan<byte> chunk, Span<byte> destination)
    {
        var total = MaxOutputBytes(chunk.Length);
        if (destination.Length < total)
        {
            throw new ArgumentException($"Destination holds {destination.Length} bytes; {total} are needed.", nameof(destination));
        }

        if (total == 0)
        {
            if (!chunk.IsEmpty)
            {
                _pendingByte = chunk[0];
                PendingBytes = 1;
            }

            return 0;
        }

        var written = 0;
        if (PendingBytes == 1)
        {
            destination[0] = _pendingByte;
            written = 1;
            PendingBytes = 0;
        }

        var fromChunk = total - written;
        chunk[..fromChunk].CopyTo(destination[written..]);
        if (chunk.Length > fromChunk)
        {
            _pendingByte = chunk[fromChunk];
            PendingBytes = 1;
        }

        return total;
    }

    /// <summary>Drops a pending byte (e.g. at end of stream or on a format change).</summary>
    public void Reset() => PendingBytes = 0;
}
