namespace Conformance.Rtc.Stun;

/// <summary>
/// CRC-32 as ISO 3309 / ITU-T V.42 / IEEE 802.3 define it (reflected polynomial 0xEDB88320),
/// which STUN's FINGERPRINT uses (RFC 8489 §14.7). System.IO.Hashing is not available here.
/// </summary>
public static class Crc32
{
    private static readonly uint[] s_table = BuildTable();

    public static uint Compute(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
