using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Conformance.Rtc.Stun;

/// <summary>The 96-bit STUN transaction ID (RFC 8489 §5), a value type so it can key a table.</summary>
public readonly record struct StunTransactionId(uint A, uint B, uint C)
{
    public const int Length = 12;

    public static StunTransactionId NewRandom()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        return Read(bytes);
    }

    public static StunTransactionId Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt32BigEndian(bytes),
        BinaryPrimitives.ReadUInt32BigEndian(bytes[4..]),
        BinaryPrimitives.ReadUInt32BigEndian(bytes[8..]));

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, A);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], B);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], C);
    }

    public override string ToString() => $"{A:x8}{B:x8}{C:x8}";
}
