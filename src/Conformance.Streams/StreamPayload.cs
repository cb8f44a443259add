using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Conformance.Audio;

namespace Conformance.Streams;

/// <summary>
/// Media payload bytes ↔ PCM16 samples for a stream's format (base64 is the message layer's job):
/// G.711 via <see cref="G711"/>, PCM16 in the format's byte order (RFC 2586 L16 is big-endian).
/// The sample rate is the format's; no resampling happens here.
/// </summary>
public static class StreamPayload
{
    /// <summary>Whether <paramref name="byteCount"/> holds whole samples (PCM16 payloads must be even).</summary>
    public static bool IsWholeSamples(StreamAudioFormat format, int byteCount)
    {
        ArgumentNullException.ThrowIfNull(format);
        return byteCount % format.BytesPerSample == 0;
    }

    public static int SampleCount(StreamAudioFormat format, int byteCount)
    {
        ArgumentNullException.ThrowIfNull(format);
        return byteCount / format.BytesPerSample;
    }

    public static int ByteCount(StreamAudioFormat format, int sampleCount)
    {
        ArgumentNullException.ThrowIfNull(format);
        return sampleCount * format.BytesPerSample;
    }

    /// <summary>
    /// Decodes <paramref name="payload"/> into <paramref name="pcm"/>. False (nothing written) when
    /// the payload is not whole samples or <paramref name="pcm"/> is too short.
    /// </summary>
    public static bool TryDecode(StreamAudioFormat format, ReadOnlySpan<byte> payload, Span<short> pcm, out int samples)
    {
        ArgumentNullException.ThrowIfNull(format);
        samples = 0;
        if (!IsWholeSamples(format, payload.Length) || pcm.Length < payload.Length / format.BytesPerSample)
        {
            return false;
        }

        var count = payload.Length / format.BytesPerSample;
        switch (format.Encoding)
        {
            case AudioEncoding.MuLaw:
                G711.DecodeMuLaw(payload, pcm[..count]);
                break;
            case AudioEncoding.ALaw:
                G711.DecodeALaw(payload, pcm[..count]);
                break;
            default:
                var source = MemoryMarshal.Cast<byte, short>(payload);
                if (BitConverter.IsLittleEndian == (format.ByteOrder == PcmByteOrder.LittleEndian))
                {
                    source.CopyTo(pcm);
                }
                else
                {
                    BinaryPrimitives.ReverseEndianness(source, pcm[..count]);
                }

                break;
        }

        samples = count;
        return true;
    }

    /// <summary>Encodes <paramref name="pcm"/> into <paramref name="payload"/>; returns the bytes written.</summary>
    public static int Encode(StreamAudioFormat format, ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(format);
        var bytes = pcm.Length * format.BytesPerSample;
        if (payload.Length < bytes)
        {
            throw new ArgumentException($"The payload buffer holds {payload.Length} bytes; {bytes} are needed.", nameof(payload));
        }

        switch (format.Encoding)
        {
            case AudioEncoding.MuLaw:
                G711.EncodeMuLaw(pcm, payload[..bytes]);
                break;
            case AudioEncoding.ALaw:
                G711.EncodeALaw(pcm, payload[..bytes]);
                break;
            default:
                var target = MemoryMarshal.Cast<byte, short>(payload[..bytes]);
                if (BitConverter.IsLittleEndian == (format.ByteOrder == PcmByteOrder.LittleEndian))
                {
                    pcm.CopyTo(target);
                }
                else
                {
                    BinaryPrimitives.ReverseEndianness(pcm, target);
                }

                break;
        }

        return bytes;
    }

    public static byte[] Encode(StreamAudioFormat format, ReadOnlySpan<short> pcm)
    {
        var payload = new byte[ByteCount(format, pcm.Length)];
        Encode(format, pcm, payload);
        return payload;
    }

    /// <summary>Fills <paramref name="payload"/> with the format's digital silence (µ-law 0xFF, A-law 0xD5, PCM 0).</summary>
    public static void FillSilence(StreamAudioFormat format, Span<byte> payload)
    {
        ArgumentNullException.ThrowIfNull(format);
        payload.Fill(format.Encoding switch
        {
            AudioEncoding.MuLaw => G711.LinearToMuLaw(0),
            AudioEncoding.ALaw => G711.LinearToALaw(0),
            _ => (byte)0,
        });
    }
}
