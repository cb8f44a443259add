using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Conformance.Rtc.Stun;

/// <summary>
/// A parsed STUN message (RFC 8489 §5). It keeps its own copy of the bytes so MESSAGE-INTEGRITY and
/// FINGERPRINT can be verified over exactly what arrived.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |0 0|     STUN Message Type     |         Message Length        |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                         Magic Cookie                          |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                     Transaction ID (96 bits)                  |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
public sealed class StunMessage
{
    public const int HeaderLength = 20;
    public const uint MagicCookie = 0x2112A442;
    internal const uint FingerprintXor = 0x5354554E;
    internal const int IntegrityLength = 20;

    private readonly byte[] _raw;
    private readonly StunAttributeEntry[] _attributes;

    private StunMessage(byte[] raw, StunMethod method, StunMessageClass messageClass, StunAttributeEntry[] attributes)
    {
        _raw = raw;
        Method = method;
        Class = messageClass;
        _attributes = attributes;
        TransactionId = StunTransactionId.Read(raw.AsSpan(8, StunTransactionId.Length));
    }

    public StunMethod Method { get; }

    public StunMessageClass Class { get; }

    public StunTransactionId TransactionId { get; }

    public IReadOnlyList<StunAttributeEntry> Attributes => _attributes;

    public ReadOnlySpan<byte> RawBytes => _raw;

    public string? Username => TryGetAttribute(StunAttributeType.Username, out var value) ? Encoding.UTF8.GetString(value) : null;

    public string? Software => TryGetAttribute(StunAttributeType.Software, out var value) ? Encoding.UTF8.GetString(value) : null;

    public uint? Priority => TryGetAttribute(StunAttributeType.Priority, out var v) && v.Length == 4 ? BinaryPrimitives.ReadUInt32BigEndian(v) : null;

    public bool UseCandidate => TryGetAttribute(StunAttributeType.UseCandidate, out _);

    public ulong? IceControlling => ReadUInt64(StunAttributeType.IceControlling);

    public ulong? IceControlled => ReadUInt64(StunAttributeType.IceControlled);

    public bool HasMessageIntegrity => TryGetAttribute(StunAttributeType.MessageIntegrity, out _);

    public bool HasFingerprint => TryGetAttribute(StunAttributeType.Fingerprint, out _);

    /// <summary>ERROR-CODE (RFC 8489 §14.8): class × 100 + number, and the reason phrase.</summary>
    public (int Code, string Reason)? Error
    {
        get
        {
            if (!TryGetAttribute(StunAttributeType.ErrorCode, out var v) || v.Length < 4)
            {
                return null;
            }

            return ((v[2] & 0x7) * 100 + v[3], Encoding.UTF8.GetString(v[4..]));
        }
    }

    /// <summary>XOR-MAPPED-ADDRESS (RFC 8489 §14.2), or null when absent or malformed.</summary>
    public IPEndPoint? XorMappedAddress =>
        TryGetAttribute(StunAttributeType.XorMappedAddress, out var v) && StunAddress.TryReadXor(v, _raw.AsSpan(4, 16), out var ep) ? ep : null;

    public static bool TryParse(ReadOnlySpan<byte> datagram, out StunMessage message) =>
        TryParse(datagram, out message, out _);

    public static bool TryParse(ReadOnlySpan<byte> datagram, out StunMessage message, out StunParseError error)
    {
        message = null!;
        error = Validate(datagram, out var method, out var messageClass, out var attributes);
        if (error != StunParseError.None)
        {
            return false;
        }

        message = new StunMessage(datagram.ToArray(), method, messageClass, attributes!);
        return true;
    }

    public bool TryGetAttribute(StunAttributeType type, out ReadOnlySpan<byte> value)
    {
        foreach (var a in _attributes)
        {
            if (a.Type == type)
            {
                value = _raw.AsSpan(a.ValueOffset, a.ValueLength);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Checks MESSAGE-INTEGRITY (RFC 8489 §14.5): HMAC-SHA1 over the message up to the attribute,
    /// with the header length rewritten to end just after it. The key is the ICE password for
    /// short-term credentials (RFC 8445 §7.2.2).
    /// </summary>
    public bool VerifyMessageIntegrity(ReadOnlySpan<byte> key)
    {
        var index = Array.FindIndex(_attributes, a => a.Type == StunAttributeType.MessageIntegrity);
        if (index < 0)
        {
            return false;
        }

        var attribute = _attributes[index];
        var headerStart = attribute.ValueOffset - 4;
        var covered = _raw.AsSpan(0, headerStart).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(covered.AsSpan(2), (ushort)(headerStart - HeaderLength + 4 + IntegrityLength));
        Span<byte> mac = stackalloc byte[IntegrityLength];
        StunIntegrity.Compute(key, covered, mac);
        return CryptographicOperations.FixedTimeEquals(mac, _raw.AsSpan(attribute.ValueOffset, IntegrityLength));
    }

    /// <summary>Checks FINGERPRINT (RFC 8489 §14.7): CRC-32 of everything before it, XOR 0x5354554E.</summary>
    public bool VerifyFingerprint()
    {
        if (_attributes.Length == 0 || _attributes[^1].Type != StunAttributeType.Fingerprint)
        {
            return false;
        }

        var attribute = _attributes[^1];
        var expected = Crc32.Compute(_raw.AsSpan(0, attribute.ValueOffset - 4)) ^ FingerprintXor;
        return BinaryPrimitives.ReadUInt32BigEndian(_raw.AsSpan(attribute.ValueOffset)) == expected;
    }

    /// <summary>True when the datagram has a STUN header (RFC 8489 §6 checks), without parsing the body.</summary>
    public static bool LooksLikeStun(ReadOnlySpan<byte> datagram) =>
        datagram.Length >= HeaderLength && (datagram[0] & 0xC0) == 0
        && BinaryPrimitives.ReadUInt32BigEndian(datagram[4..]) == MagicCookie;

    private static StunParseError Validate(
        ReadOnlySpan<byte> data, out StunMethod method, out StunMessageClass messageClass, out StunAttributeEntry[]? attributes)
    {
        method = default;
        messageClass = default;
        attributes = null;
        if (data.Length < HeaderLength)
        {
            return StunParseError.TooShort;
        }

        if ((data[0] & 0xC0) != 0)
        {
            return StunParseError.NotStun;
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(data[4..]) != MagicCookie)
        {
            return StunParseError.BadMagicCookie;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(data[2..]);
        if (length % 4 != 0)
        {
            return StunParseError.LengthNotMultipleOfFour;
        }

        if (length + HeaderLength != data.Length)
        {
            return StunParseError.LengthMismatch;
        }

        // RFC 8489 §5: method bits M0-M11 interleaved with class bits C0 (bit 4) and C1 (bit 8).
        var type = BinaryPrimitives.ReadUInt16BigEndian(data);
        method = (StunMethod)((type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2));
        messageClass = (StunMessageClass)(((type >> 4) & 0x1) | ((type >> 7) & 0x2));

        var list = new List<StunAttributeEntry>();
        var offset = HeaderLength;
        var sawFingerprint = false;
        while (offset < data.Length)
        {
            if (sawFingerprint)
            {
                return StunParseError.AttributeAfterFingerprint;
            }

            if (offset + 4 > data.Length)
            {
                return StunParseError.AttributeOverrun;
            }

            var attributeType = (StunAttributeType)BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
            var valueLength = BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            var padded = (valueLength + 3) & ~3;
            if (offset + 4 + padded > data.Length)
            {
                return StunParseError.AttributeOverrun;
            }

            if (attributeType == StunAttributeType.MessageIntegrity && valueLength != IntegrityLength)
            {
                return StunParseError.BadIntegrityLength;
            }

            if (attributeType == StunAttributeType.Fingerprint)
            {
                if (valueLength != 4)
                {
                    return StunParseError.BadFingerprintLength;
                }

                sawFingerprint = true;
            }

            list.Add(new StunAttributeEntry(attributeType, offset + 4, valueLength));
            offset += 4 + padded;
        }

        attributes = [.. list];
        return StunParseError.None;
    }

    private ulong? ReadUInt64(StunAttributeType type) =>
        TryGetAttribute(type, out var v) && v.Length == 8 ? BinaryPrimitives.ReadUInt64BigEndian(v) : null;
}
