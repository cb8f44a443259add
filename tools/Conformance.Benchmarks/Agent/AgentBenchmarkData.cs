using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;

namespace Conformance.Benchmarks.Agent;

/// <summary>Real inputs for the agent benchmarks: the model clips and a caller utterance, found by walking up to the repository.</summary>
internal static class AgentBenchmarkData
{
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")) && Path.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{relativePath}' not found above '{AppContext.BaseDirectory}'; run from the repository's build output.");
    }

    public static ClipCatalog ModelClips() => ClipManifest.Load(Find("fixtures/model/manifest.json"));

    /// <summary>
    /// A caller track at 8 kHz: an utterance, 2 s of silence, the utterance again, … — 20 ms
    /// frames, so the engine sees onsets, pauses, commits and barge-ins.
    /// </summary>
    public static short[][] CallerFrames(int seconds)
    {
        var speech = WavFile.Read(Find("fixtures/audio/pcmu/utterance-river-spring.wav")).Samples.ToArray();
        var track = new short[seconds * 8000];
        for (var at = 0; at < track.Length; at += speech.Length + 16000)
        {
            speech.AsSpan(0, Math.Min(speech.Length, track.Length - at)).CopyTo(track.AsSpan(at));
        }

        return Enumerable.Range(0, track.Length / 160).Select(i => track.AsSpan(i * 160, 160).ToArray()).ToArray();
    }
}
