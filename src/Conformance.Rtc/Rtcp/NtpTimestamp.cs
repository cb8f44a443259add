namespace Conformance.Rtc.Rtcp;

/// <summary>64-bit NTP timestamps (RFC 3550 §4): seconds since 1900-01-01 in 32.32 fixed point.</summary>
public static class NtpTimestamp
{
    private static readonly DateTimeOffset s_epoch = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ulong FromDateTime(DateTimeOffset time)
    {
        var ticks = (time - s_epoch).Ticks;
        var seconds = (ulong)(ticks / TimeSpan.TicksPerSecond);
        var fraction = (ulong)(ticks % TimeSpan.TicksPerSecond) * 0x1_0000_0000UL / TimeSpan.TicksPerSecond;
        return (seconds << 32) | fraction;
    }

    /// <summary>The middle 32 bits, as LSR and DLSR use (RFC 3550 §6.4.1).</summary>
    public static uint Middle(ulong ntp) => (uint)(ntp >> 16);
}
