using Conformance.Audio;

namespace Conformance.Benchmarks.Audio;

/// <summary>Real speech for the audio benchmarks: a caller fixture, found from the build output by walking up to the repository.</summary>
internal static class BenchmarkSpeech
{
    public static short[] Load(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")) && File.Exists(candidate))
            {
                return WavFile.Read(candidate).Samples.ToArray();
            }
        }

        throw new FileNotFoundException($"'{relativePath}' not found above '{AppContext.BaseDirectory}'; run from the repository's build output.");
    }

    /// <summary>Whole frames of <paramref name="samplesPerFrame"/> cut from <paramref name="signal"/>.</summary>
    public static short[][] Frames(short[] signal, int samplesPerFrame) =>
        Enumerable.Range(0, signal.Length / samplesPerFrame)
            .Select(i => signal.AsSpan(i * samplesPerFrame, samplesPerFrame).ToArray())
            .ToArray();
}
