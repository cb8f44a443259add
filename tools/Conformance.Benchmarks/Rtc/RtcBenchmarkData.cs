using Conformance.Audio;

namespace Conformance.Benchmarks.Rtc;

/// <summary>Inputs for the Rtc benchmarks, found by walking up from the build output to the repository.</summary>
internal static class RtcBenchmarkData
{
    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")) && File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{Path.Combine(parts)}' not found above '{AppContext.BaseDirectory}'; run from the repository's build output.");
    }

    /// <summary>A real Chromium 156 offer (opus, red, G722, PCMU, PCMA, CN, telephone-event).</summary>
    public static string ChromiumOffer() =>
        File.ReadAllText(RepositoryFile("tests", "Conformance.Rtc.Tests", "Vectors", "sdp", "chromium156-audio.sdp"));

    /// <summary>20 ms frames of 48 kHz caller speech.</summary>
    public static short[][] SpeechFrames48k()
    {
        var speech = WavFile.Read(RepositoryFile("fixtures", "audio", "48k", "jfk-ask-not.wav")).Samples.ToArray();
        return Enumerable.Range(0, speech.Length / 960).Select(i => speech.AsSpan(i * 960, 960).ToArray()).ToArray();
    }
}
