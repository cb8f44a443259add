using System.Buffers.Binary;

namespace Conformance.Rtc.Rtp;

/// <summary>
/// An RFC 4733 §2.3 telephone-event payload.
/// <code>
///  0                   1                   2                   3
///  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// |     event     |E|R| volume    |          duration             |
/// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
/// </code>
/// Duration is in RTP timestamp units from the event's (fixed) RTP timestamp; volume is −dBm0.
/// </summary>
public readonly record struct TelephoneEvent(int Event, bool End, int Volume, int Duration)
{
    public const int Length = 4;

    /// <summary>RFC 4733 §3.2 DTMF events: 0-9, *, #, A-D; 16 is flash.</summary>
    public char? Digit => Event switch
    {
        >= 0 and <= 9 => (char)('0' + Event),
        10 => '*',
        11 => '#',
        >= 12 and <= 15 => (char)('A' + Event - 12),
        _ => null,
    };

    public static int? EventForDigit(char digit) => char.ToUpperInvariant(digit) switch
    {
        >= '0' and <= '9' => digit - '0',
        '*' => 10,
        '#' => 11,
        >= 'A' and <= 'D' => char.ToUpperInvariant(digit) - 'A' + 12,
        _ => null,
    };

    /// <summary>RFC 4733 §2.3: a payload may carry several 4-byte events; the first one is read.</summary>
    public static bool TryParse(ReadOnlySpan<byte> payload, out TelephoneEvent value)
    {
        value = default;
        if (payload.Length < Length)
        {
            return false;
        }

        value = new TelephoneEvent(payload[0], (payload[1] & 0x80) != 0, payload[1] & 0x3F, BinaryPrimitives.ReadUInt16BigEndian(payload[2..]));
        return true;
    }

    public bool TryWrite(Span<byte> destination)
    {
        if (destination.Length < Length || Event is < 0 or > 255 || Volume is < 0 or > 63 || Duration is < 0 or > 0xFFFF)
        {
            return false;
        }

        destination[0] = (byte)Event;
        destination[1] = (byte)((End ? 0x80 : 0) | Volume);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)Duration);
        return true;
    }
}
