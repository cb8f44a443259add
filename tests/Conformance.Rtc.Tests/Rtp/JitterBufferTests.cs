using Conformance.Rtc.Rtp;

namespace Conformance.Rtc.Tests.Rtp;

/// <summary>Clock-free: arrival and "now" are passed in.</summary>
public sealed class JitterBufferTests
{
    private static readonly TimeSpan s_hold = TimeSpan.FromMilliseconds(40);

    [Fact]
    public void JitterBuffer_InOrder_ReleasesAtOnce()
    {
        var buffer = new JitterBuffer(s_hold);
        foreach (ushort seq in new ushort[] { 10, 11, 12 })
        {
            buffer.Insert(Header(seq), [(byte)seq], Ms(seq));
            Assert.True(buffer.TryDequeue(Ms(seq), out var entry));
            Assert.Equal(seq, entry.Header.SequenceNumber);
        }

        Assert.False(buffer.TryDequeue(Ms(100), out _));
    }

    [Fact]
    public void JitterBuffer_Reordered_ComesOutInSequence()
    {
        var buffer = new JitterBuffer(s_hold);
        buffer.Insert(Header(1), [1], Ms(0));
        Assert.True(buffer.TryDequeue(Ms(0), out _));
        buffer.Insert(Header(3), [3], Ms(20));
        Assert.False(buffer.TryDequeue(Ms(20), out _)); // waits for 2
        buffer.Insert(Header(2), [2], Ms(25));

        Assert.True(buffer.TryDequeue(Ms(25), out var two));
        Assert.True(buffer.TryDequeue(Ms(25), out var three));
        Assert.Equal((2, 3), (two.Header.SequenceNumber, three.Header.SequenceNumber));
        Assert.Equal(0, buffer.LostCount);
    }

    [Fact]
    public void JitterBuffer_Gap_IsDeclaredLostAfterMaxHold()
    {
        var buffer = new JitterBuffer(s_hold);
        buffer.Insert(Header(1), [1], Ms(0));
        buffer.TryDequeue(Ms(0), out _);
        buffer.Insert(Header(3), [3], Ms(40));

        Assert.False(buffer.TryDequeue(Ms(79), out _));
        Assert.True(buffer.TryDequeue(Ms(80), out var lost));
        Assert.True(lost.Lost);
        Assert.Equal(2, lost.Header.SequenceNumber);
        Assert.True(buffer.TryDequeue(Ms(80), out var three));
        Assert.Equal(3, three.Header.SequenceNumber);
        Assert.Equal(1, buffer.LostCount);
    }

    [Fact]
    public void JitterBuffer_DuplicateAndLate_AreRefused()
    {
        var buffer = new JitterBuffer(s_hold);
        buffer.Insert(Header(5), [5], Ms(0));
        Assert.Equal(JitterBufferInsertResult.Duplicate, buffer.Insert(Header(5), [5], Ms(1)));
        buffer.TryDequeue(Ms(1), out _);
        Assert.Equal(JitterBufferInsertResult.TooLate, buffer.Insert(Header(4), [4], Ms(2)));
        Assert.Equal(JitterBufferInsertResult.TooLate, buffer.Insert(Header(5), [5], Ms(3)));
    }

    [Fact]
    public void JitterBuffer_SequenceWrap_StaysInOrder()
    {
        var buffer = new JitterBuffer(s_hold);
        var order = new List<ushort>();
        foreach (ushort seq in new ushort[] { 65534, 0, 65535, 1 })
        {
            buffer.Insert(Header(seq), [0], Ms(0));
            while (buffer.TryDequeue(Ms(0), out var e))
            {
                order.Add(e.Header.SequenceNumber);
            }
        }

        Assert.Equal([65534, 65535, 0, 1], order);
    }

    [Fact]
    public void JitterBuffer_FarJump_Restarts()
    {
        var buffer = new JitterBuffer(s_hold);
        buffer.Insert(Header(10), [0], Ms(0));
        buffer.TryDequeue(Ms(0), out _);

        Assert.Equal(JitterBufferInsertResult.Restarted, buffer.Insert(Header(30000), [0], Ms(20)));
        Assert.True(buffer.TryDequeue(Ms(20), out var e));
        Assert.Equal(30000, e.Header.SequenceNumber);
    }

    private static RtpHeader Header(ushort seq) => new(false, 0, seq, seq * 160u, 1);

    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);
}
