using Conformance.Rtc.Rtp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Rtp;

public sealed class TelephoneEventTests
{
    [Fact]
    public void TelephoneEvent_Rfc4733Payload_ParsesFields()
    {
        // event 9 | E=1 R=0 volume 10 | duration 1600 (200 ms at 8 kHz)
        Assert.True(TelephoneEvent.TryParse(TestVectors.ParseHex("09 8a 06 40"), out var value));

        Assert.Equal(new TelephoneEvent(9, true, 10, 1600), value);
        Assert.Equal('9', value.Digit);
    }

    [Theory]
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    [InlineData('*', 10)]
    [InlineData('#', 11)]
    [InlineData('A', 12)]
    [InlineData('d', 15)]
    public void TelephoneEvent_Rfc4733DtmfCodes_MapBothWays(char digit, int code)
    {
        Assert.Equal(code, TelephoneEvent.EventForDigit(digit));
        Assert.Equal(char.ToUpperInvariant(digit), new TelephoneEvent(code, false, 0, 0).Digit);
    }

    [Fact]
    public void TelephoneEventReceiver_Rfc4733Sequence_ReportsStartAndOneEnd()
    {
        // RFC 4733 §2.5: one timestamp for the whole event, growing duration, E on the last three.
        var receiver = new TelephoneEventReceiver();
        var notices = new List<TelephoneEventNotice>();
        ushort seq = 100;
        foreach (var (duration, end) in new[] { (400, false), (800, false), (1200, false), (1600, true), (1600, true), (1600, true) })
        {
            var header = new RtpHeader(seq == 100, 101, seq++, 8000, 1);
            if (receiver.Receive(header, new TelephoneEvent(9, end, 10, duration), 8000) is { } notice)
            {
                notices.Add(notice);
            }
        }

        Assert.Equal(2, notices.Count);
        Assert.Equal(('9', false), (notices[0].Digit, notices[0].Ended));
        Assert.Equal(('9', true, TimeSpan.FromMilliseconds(200)), (notices[1].Digit, notices[1].Ended, notices[1].Duration));
    }

    [Fact]
    public void TelephoneEvent_Malformed_IsRejected()
    {
        Assert.False(TelephoneEvent.TryParse([1, 2, 3], out _));
        Assert.False(new TelephoneEvent(300, false, 0, 0).TryWrite(new byte[4]));
        Assert.False(new TelephoneEvent(1, false, 64, 0).TryWrite(new byte[4]));
    }
}
