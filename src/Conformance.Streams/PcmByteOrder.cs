namespace Conformance.Streams;

/// <summary>
/// Byte order of 16-bit PCM on the wire. RFC 2586 L16 (Telnyx) is big-endian; Ultravox/Vapi
/// generic streams and OpenAI <c>pcm16</c> are little-endian; Plivo does not say (a setting).
/// </summary>
public enum PcmByteOrder
{
    LittleEndian,
    BigEndian,
}
