using Conformance.Rtc.Media;
using Conformance.Rtc.Rtp;

namespace Conformance.Rtc.Rtcp;

/// <summary>
/// Builds our compound RTCP reports (RFC 3550 §6.1: SR or RR first, then SDES CNAME) and keeps
/// what is needed for LSR/DLSR from the peer's sender reports (§6.4.1). Actor-owned, clock-free.
/// </summary>
internal sealed class RtcpReporter(uint ssrc, string cname)
{
    private uint _lastSenderReportMiddle;
    private TimeSpan _lastSenderReportArrival;
    private bool _haveSenderReport;

    public long SenderReportsReceived { get; private set; }

    public IReadOnlyList<RtcpReportBlock>? LastReportsAboutUs { get; private set; }

    public void OnReceived(IReadOnlyList<RtcpPacket> packets, TimeSpan now)
    {
        foreach (var packet in packets)
        {
            switch (packet)
            {
                case RtcpSenderReport sr:
                    _lastSenderReportMiddle = NtpTimestamp.Middle(sr.NtpTimestamp);
                    _lastSenderReportArrival = now;
                    _haveSenderReport = true;
                    SenderReportsReceived++;
                    LastReportsAboutUs = sr.Reports;
                    break;
                case RtcpReceiverReport rr:
                    LastReportsAboutUs = rr.Reports;
                    break;
            }
        }
    }

    public IReadOnlyList<RtcpPacket> Build(AudioSender? sender, RtpReceiveStatistics? received, DateTimeOffset wallClock, TimeSpan now, bool goodbye)
    {
        var blocks = new List<RtcpReportBlock>();
        if (received is { PacketsReceived: > 0 })
        {
            var dlsr = _haveSenderReport ? (uint)((now - _lastSenderReportArrival).TotalSeconds * 65536) : 0;
            blocks.Add(new RtcpReportBlock(
                received.Ssrc,
                received.TakeFractionLost(),
                (int)Math.Clamp(received.CumulativeLost, -0x800000, 0x7FFFFF),
                received.ExtendedHighestSequence,
                received.Jitter,
                _haveSenderReport ? _lastSenderReportMiddle : 0,
                dlsr));
        }

        var packets = new List<RtcpPacket>();
        if (sender is { PacketCount: > 0 })
        {
            packets.Add(new RtcpSenderReport(ssrc, NtpTimestamp.FromDateTime(wallClock), sender.Timestamp, sender.PacketCount, sender.OctetCount, blocks));
        }
        else
        {
            packets.Add(new RtcpReceiverReport(ssrc, blocks));
        }

        packets.Add(new RtcpSourceDescription(ssrc, cname));
        if (goodbye)
        {
            packets.Add(new RtcpGoodbye([ssrc]));
        }

        return packets;
    }
}
