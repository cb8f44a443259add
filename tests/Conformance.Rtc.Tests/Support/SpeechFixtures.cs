using Conformance.Audio;
using Conformance.TestSupport;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Real caller speech from fixtures/audio (see its README for sources and licences).</summary>
internal static class SpeechFixtures
{
    /// <summary>The 48 kHz mono JFK clip made for Chromium's fake capture (fixtures/audio/48k).</summary>
    public static string Jfk48kPath => RepoPaths.InRepo("fixtures", "audio", "48k", "jfk-ask-not.wav");

    /// <summary>JFK, "ask not ..." at 48 kHz; the first <paramref name="seconds"/> (all when null).</summary>
    public static short[] Jfk48k(double? seconds = null) => Read(Jfk48kPath, 48000, seconds);

    /// <summary>The OSR Harvard sentences, an 8 kHz telephony recording; the first <paramref name="seconds"/>.</summary>
    public static short[] Osr8k(double seconds) =>
        Read(RepoPaths.InRepo("fixtures", "audio", "clips", "harvard-list-1.wav"), 8000, seconds);

    private static short[] Read(string path, int rate, double? seconds)
    {
        var wav = WavFile.Read(path);
        if (wav.SampleRate != rate || wav.Channels != 1)
        {
            throw new InvalidOperationException($"{path} is {wav.SampleRate} Hz × {wav.Channels}, expected {rate} Hz mono.");
        }

        return seconds is { } s ? wav.Samples.Span[..(int)(s * rate)].ToArray() : wav.Samples.ToArray();
    }
}
