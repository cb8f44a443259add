using Conformance.TestSupport;

namespace Conformance.Audio.Tests.Support;

/// <summary>The team's recorded human speech in ../shared/speech (read in place, never copied by tests).</summary>
internal static class SpeechCorpus
{
    public static string Directory => RepoPaths.RequireShared("speech");

    public static IReadOnlyList<string> Files()
    {
        var files = System.IO.Directory.GetFiles(Directory, "*.wav").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new SharedMaterialMissingException($"No WAV files in '{Directory}'.");
        }

        return files;
    }

    public static string File(string name) => RepoPaths.RequireShared("speech", name);

    public static WavAudio Read(string name) => WavFile.Read(File(name));

    /// <summary>JFK (16 kHz, 11 s) resampled to 48 kHz by our resampler: real speech at the Opus rate.</summary>
    public static short[] Jfk48k()
    {
        var audio = Read("jfk-inaugural-1961_16k.wav");
        using var resampler = new Resampler(16000, 48000);
        return resampler.Process(audio.Samples.Span);
    }
}
