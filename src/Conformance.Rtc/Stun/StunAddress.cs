using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Conformance.Rtc.Stun;

/// <summary>
/// XOR-MAPPED-ADDRESS encoding (RFC 8489 §14.2): the port is XORed with the top 16 bits of the
/// magic cookie, an IPv4 address with the cookie, an IPv6 address with cookie ‖ transaction ID.
/// <code>
///  0                   1                   2                   3
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |                X-Address (Variable)                           |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// </summary>
internal static class StunAddress
{
    /// <param name="cookieAndTransaction">Header bytes 4..20: the magic cookie then the transaction ID.</param>
    public static bool TryReadXor(ReadOnlySpan<byte> value, ReadOnlySpan<byte> cookieAndTransaction, out IPEndPoint endPoint)
    {
        endPoint = null!;
        if (value.Length < 4)
        {
            return false;
        }

        var family = value[1];
        var port = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(value[2..]) ^ (StunMessage.MagicCookie >> 16));
        var addressLength = family switch { 1 => 4, 2 => 16, _ => 0 };
        if (addressLength == 0 || value.Length != 4 + addressLength)
        {
            return false;
        }

        Span<byte> address = stackalloc byte[addressLength];
        for (var i = 0; i < addressLength; i++)
        {
            address[i] = (byte)(value[4 + i] ^ cookieAndTransaction[i]);
        }

        endPoint = new IPEndPoint(new IPAddress(address), port);
        return true;
    }

    public static int XorLength(IPEndPoint endPoint) =>
        endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? 20 : 8;

    public static void WriteXor(Span<byte> destination, IPEndPoint endPoint, ReadOnlySpan<byte> cookieAndTransaction)
    {
        var v6 = endPoint.AddressFamily == AddressFamily.InterNetworkV6;
        destination[0] = 0;
        destination[1] = (byte)(v6 ? 2 : 1);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(endPoint.Port ^ (int)(StunMessage.MagicCookie >> 16)));
        Span<byte> address = stackalloc byte[16];
        endPoint.Address.TryWriteBytes(address, out var written);
        for (var i = 0; i < written; i++)
        {
            destination[4 + i] = (byte)(address[i] ^ cookieAndTransaction[i]);
        }
    }
}
