namespace Conformance.Audio;

/// <summary>Opus frame-size rules shared by the encoder and decoder (RFC 6716 §2.1.4).</summary>
public static class OpusFrame
{
    /// <summary>The sample rates libopus accepts.</summary>
    public static IReadOnlyList<int> SupportedSampleRates { get; } = [8000, 12000, 16000, 24000, 48000];

    /// <summary>Opus packets carry at most 120 ms of audio (RFC 6716 §3.2.5).</summary>
    public const int MaxDurationMs = 120;

    /// <summary>Room libopus recommends for one encoded packet (opus_encode documentation).</summary>
    public const int MaxPacketBytes = 4000;

    // Frame durations libopus encodes, in units of 0.5 ms: 2.5, 5, 10, 20, 40, 60, 80, 100, 120 ms.
    private static readonly int[] s_halfMilliseconds = [5, 10, 20, 40, 80, 120, 160, 200, 240];

    /// <summary>Samples per channel in the largest packet at <paramref name="sampleRate"/>.</summary>
    public static int MaxSamplesPerChannel(int sampleRate) => sampleRate * MaxDurationMs / 1000;

    /// <summary>Whether libopus can encode a frame of <paramref name="samplesPerChannel"/> samples.</summary>
    public static bool IsValidFrameSize(int sampleRate, int samplesPerChannel)
    {
        foreach (var half in s_halfMilliseconds)
        {
            if ((long)sampleRate * half == samplesPerChannel * 2000L)
            {
                return true;
            }
        }

        return false;
    }

    internal static void ValidateRateAndChannels(int sampleRate, int channels)
    {
        if (!SupportedSampleRates.Contains(sampleRate))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "libopus runs at 8000, 12000, 16000, 24000 or 48000 Hz.");
        }

        if (channels is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "Opus streams here are mono or stereo.");
        }
    }
}
