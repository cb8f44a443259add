using System.Threading.Channels;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Rebuilds received audio on its media timeline (samples placed at their MediaTime).</summary>
internal static class AudioCollector
{
    public static async Task<(short[] Samples, List<ReceivedAudioFrame> Frames)> CollectAsync(
        ChannelReader<ReceivedAudioFrame> reader, int samples, TimeSpan timeout)
    {
        var output = new short[samples];
        var frames = new List<ReceivedAudioFrame>();
        using var cts = new CancellationTokenSource(timeout, TimeProvider.System);
        try
        {
            await foreach (var frame in reader.ReadAllAsync(cts.Token))
            {
                frames.Add(frame);
                var start = frame.MediaTime;
                for (var i = 0; i < frame.Samples.Length && start + i < samples; i++)
                {
                    output[start + i] = frame.Samples[i];
                }

                if (start + frame.Samples.Length >= samples)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Return what arrived; the test's assertions say what was missing.
        }

        return (output, frames);
    }
}
