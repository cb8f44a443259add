using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace Conformance.Rtc.Stun;

/// <summary>
/// Builds one STUN message. MESSAGE-INTEGRITY and FINGERPRINT are appended last, in that order
/// (RFC 8489 §14.5, §14.7); everything else goes in the order it was added.
/// </summary>
public sealed class StunMessageBuilder
{
    private readonly List<(StunAttributeType Type, byte[]? Value, IPEndPoint? XorAddress)> _attributes = [];
    private readonly StunMethod _method;
    private readonly StunMessageClass _class;

    public StunMessageBuilder(StunMethod method, StunMessageClass messageClass, StunTransactionId transactionId)
    {
        _method = method;
        _class = messageClass;
        TransactionId = transactionId;
    }

    public StunTransactionId TransactionId { get; }

    public StunMessageBuilder Add(StunAttributeType type, ReadOnlySpan<byte> value)
    {
        _attributes.Add((type, value.ToArray(), null));
        return this;
    }

    public StunMessageBuilder AddUsername(string username) => Add(StunAttributeType.Username, Encoding.UTF8.GetBytes(username));

    public StunMessageBuilder AddSoftware(string software) => Add(StunAttributeType.Software, Encoding.UTF8.GetBytes(software));

    public StunMessageBuilder AddPriority(uint priority)
    {
        Span<byte> v = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(v, priority);
        return Add(StunAttributeType.Priority, v);
    }

    public StunMessageBuilder AddUseCandidate() => Add(StunAttributeType.UseCandidate, []);

    public StunMessageBuilder AddIceControlling(ulong tieBreaker) => AddUInt64(StunAttributeType.IceControlling, tieBreaker);

    public StunMessageBuilder AddIceControlled(ulong tieBreaker) => AddUInt64(StunAttributeType.IceControlled, tieBreaker);

    public StunMessageBuilder AddXorMappedAddress(IPEndPoint endPoint)
    {
        _attributes.Add((StunAttributeType.XorMappedAddress, null, endPoint));
        return this;
    }

    /// <summary>ERROR-CODE (RFC 8489 §14.8), e.g. 400 Bad Request, 401 Unauthorized, 487 Role Conflict.</summary>
    public StunMessageBuilder AddErrorCode(int code, string reason)
    {
        var phrase = Encoding.UTF8.GetBytes(reason);
        var v = new byte[4 + phrase.Length];
        v[2] = (byte)(code / 100);
        v[3] = (byte)(code % 100);
        phrase.CopyTo(v, 4);
        return Add(StunAttributeType.ErrorCode, v);
    }

    /// <summary>The size <see cref="TryWrite"/> needs.</summary>
    public int GetLength(bool integrity, bool fingerprint)
    {
        var length = StunMessage.HeaderLength;
        foreach (var (type, value, xor) in _attributes)
        {
            length += 4 + Pad(xor is not null ? StunAddress.XorLength(xor) : value!.Length);
        }

        return length + (integrity ? 4 + StunMessage.IntegrityLength : 0) + (fingerprint ? 8 : 0);
    }

    /// <summary>
    /// Writes the message. With a non-empty <paramref name="integrityKey"/> it adds MESSAGE-INTEGRITY;
    /// with <paramref name="fingerprint"/> it adds FINGERPRINT.
    /// </summary>
    public bool TryWrite(Span<byte> destination, ReadOnlySpan<byte> integrityKey, bool fingerprint, out int written)
    {
        var integrity = !integrityKey.IsEmpty;
        var total = GetLength(integrity, fingerprint);
        written = 0;
        if (destination.Length < total)
        {
            return false;
        }

        var m = (int)_method;
        var c = (int)_class;
        var type = (m & 0x000F) | ((m & 0x0070) << 1) | ((m & 0x0F80) << 2) | ((c & 1) << 4) | ((c & 2) << 7);
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)type);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], StunMessage.MagicCookie);
        TransactionId.Write(destination[8..]);

        var offset = StunMessage.HeaderLength;
        foreach (var (attributeType, value, xor) in _attributes)
        {
            var length = xor is not null ? StunAddress.XorLength(xor) : value!.Length;
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)attributeType);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], (ushort)length);
            var body = destination.Slice(offset + 4, Pad(length));
            body.Clear();
            if (xor is not null)
            {
                StunAddress.WriteXor(body, xor, destination.Slice(4, 16));
            }
            else
            {
                value.CopyTo(body);
            }

            offset += 4 + Pad(length);
        }

        if (integrity)
        {
            // RFC 8489 §14.5: the length field counts up to and including MESSAGE-INTEGRITY.
            BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(offset - StunMessage.HeaderLength + 4 + StunMessage.IntegrityLength));
            var covered = destination[..offset];
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)StunAttributeType.MessageIntegrity);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], StunMessage.IntegrityLength);
            StunIntegrity.Compute(integrityKey, covered, destination.Slice(offset + 4, StunMessage.IntegrityLength));
            offset += 4 + StunMessage.IntegrityLength;
        }

        if (fingerprint)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(offset - StunMessage.HeaderLength + 8));
            var crc = Crc32.Compute(destination[..offset]) ^ StunMessage.FingerprintXor;
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)StunAttributeType.Fingerprint);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], 4);
            BinaryPrimitives.WriteUInt32BigEndian(destination[(offset + 4)..], crc);
            offset += 8;
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(offset - StunMessage.HeaderLength));
        written = offset;
        return true;
    }

    public byte[] ToArray(ReadOnlySpan<byte> integrityKey, bool fingerprint)
    {
        var buffer = new byte[GetLength(!integrityKey.IsEmpty, fingerprint)];
        TryWrite(buffer, integrityKey, fingerprint, out _);
        return buffer;
    }

    private StunMessageBuilder AddUInt64(StunAttributeType type, ulong value)
    {
        Span<byte> v = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(v, value);
        return Add(type, v);
    }

    private static int Pad(int length) => (length + 3) & ~3;
}
