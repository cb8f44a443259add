using Conformance.Rtc.Media;

namespace Conformance.Rtc;

/// <summary>The built-in pacer for callers that stream a whole clip (the harness's WebRTC caller).</summary>
public static class PeerConnectionPacing
{
    /// <summary>
    /// Streams <paramref name="pcm"/> (mono PCM16 at the negotiated PCM rate) in 20 ms frames on an
    /// absolute schedule: frame n at start + n × 20 ms on the connection's clock. A short last
    /// frame is padded with silence. Lateness against the schedule is reported.
    /// </summary>
    public static async Task<PacingReport> SendPacedAsync(this PeerConnection connection, ReadOnlyMemory<short> pcm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var frame = (connection.Negotiated ?? throw new InvalidOperationException("Nothing negotiated yet.")).SamplesPerFrame;
        var frames = (pcm.Length + frame - 1) / frame;
        var pacer = new MediaPacer(connection.Clock, TimeSpan.FromMilliseconds(20));
        var buffer = new short[frame];
        long rejected = 0;
        await pacer.RunAsync(n =>
        {
            if (n >= frames)
            {
                return false;
            }

            var start = (int)n * frame;
            var count = Math.Min(frame, pcm.Length - start);
            pcm.Span.Slice(start, count).CopyTo(buffer);
            buffer.AsSpan(count).Clear();
            if (!connection.TrySendAudio(buffer))
            {
                rejected++;
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
        return new PacingReport(frames, rejected, pacer.Lateness.Percentile(50), pacer.Lateness.Percentile(99), pacer.Lateness.Max);
    }
}
