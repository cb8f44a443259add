using Conformance.Audio;
using Conformance.TestSupport;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Real speech from ../shared/speech at the rate a codec needs.</summary>
internal static class SpeechFixtures
{
    /// <summary>JFK's 11 s (16 kHz) resampled to 48 kHz mono; the first <paramref name="seconds"/>.</summary>
    public static short[] Jfk48k(double seconds)
    {
        var wav = WavFile.Read(RepoPaths.RequireShared("speech", "jfk-inaugural-1961_16k.wav"));
        using var resampler = new Resampler(wav.SampleRate, 48000);
        var all = resampler.Process(wav.Samples.Span);
        return all[..(int)(seconds * 48000)];
    }

    /// <summary>The OSR Harvard sentences (8 kHz telephony recording); the first <paramref name="seconds"/>.</summary>
    public static short[] Osr8k(double seconds)
    {
        var wav = WavFile.Read(RepoPaths.RequireShared("speech", "osr-us-000-0010_female_list01_full_8k.wav"));
        return wav.Samples.Span[..(int)(seconds * 8000)].ToArray();
    }
}
