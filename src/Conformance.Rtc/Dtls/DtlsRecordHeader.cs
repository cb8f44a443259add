using System.Buffers.Binary;

namespace Conformance.Rtc.Dtls;

/// <summary>
/// A DTLS record header (RFC 6347 §4.1), read to vet datagrams before BouncyCastle sees them.
/// <code>
///  0        1        2        3        4 ...   10       11       12
/// +--------+--------+--------+--------+--------+--------+--------+
/// | type   | version (FE FF | FE FD)  | epoch  | seq (48 bits)   | length (16) | fragment ...
/// +--------+--------+--------+--------+--------+--------+--------+
/// </code>
/// Handshake fragments start with msg_type (1 = client_hello, RFC 6347 §4.2.2).
/// </summary>
public readonly record struct DtlsRecordHeader(byte ContentType, ushort Version, ushort Epoch, long SequenceNumber, int Length)
{
    public const int Size = 13;
    public const byte Handshake = 22;
    public const byte ClientHello = 1;

    public static bool TryParse(ReadOnlySpan<byte> data, out DtlsRecordHeader header)
    {
        header = default;
        if (data.Length < Size || data[0] is < 20 or > 25 || data[1] != 0xFE)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(data[11..]);
        if (Size + length > data.Length)
        {
            return false;
        }

        header = new DtlsRecordHeader(
            data[0],
            BinaryPrimitives.ReadUInt16BigEndian(data[1..]),
            BinaryPrimitives.ReadUInt16BigEndian(data[3..]),
            (long)(BinaryPrimitives.ReadUInt64BigEndian(data[3..]) & 0xFFFF_FFFF_FFFF),
            length);
        return true;
    }

    /// <summary>True when the datagram is one or more whole DTLS records back to back.</summary>
    public static bool IsWellFormedDatagram(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return false;
        }

        while (!data.IsEmpty)
        {
            if (!TryParse(data, out var header))
            {
                return false;
            }

            data = data[(Size + header.Length)..];
        }

        return true;
    }

    /// <summary>True when the first record is an epoch-0 handshake record carrying a ClientHello.</summary>
    public static bool StartsWithClientHello(ReadOnlySpan<byte> data) =>
        TryParse(data, out var header) && header.ContentType == Handshake && header.Epoch == 0 && header.Length >= 12 && data[Size] == ClientHello;
}
