using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;

namespace Conformance.Emulator.Agent.Tests.Clips;

public sealed class ClipManifestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("clip-manifest-").FullName;

    [Fact]
    public void Load_ManifestWithWavs_CatalogWithTranscripts()
    {
        WriteWav("greeting.wav", 48000, 4800);
        WriteWav("sub/reply.wav", 16000, 3200);
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), $$"""
            { "schema": "x", "clips": [
              {{Entry("greeting", "greeting.wav", "model", 48000, "\"Hello.\"")}},
              {{Entry("reply-2s", "sub/reply.wav", "model", 16000, "\"Sure.\"")}},
              {{Entry("greeting.16k", "sub/reply.wav", "variant", 16000, "\"Hello.\"")}} ] }
            """);
        var catalog = ClipManifest.Load(Path.Combine(_dir, "manifest.json"));
        Assert.Equal(("Hello.", 48000, 100.0), (catalog["greeting"].Transcript, catalog["greeting"].SampleRate, catalog["greeting"].DurationMs));
        Assert.Equal(200, catalog["reply-2s"].DurationMs);
        Assert.Equal(2, catalog.Clips.Count);
    }

    [Fact]
    public void Load_BrokenEntries_AllReported()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.wav"), "not a wav");
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), $$"""
            { "schema": "x", "clips": [
              {{Entry("a", "missing.wav", "model", 8000, "\"\"")}},
              {{Entry("b", "bad.wav", "model", 8000, "\"\"")}},
              {{Entry("c", "bad.wav", "model", 8000, "null")}} ] }
            """);
        var e = Assert.Throws<InvalidDataException>(() => ClipManifest.Load(Path.Combine(_dir, "manifest.json")));
        Assert.Contains("'a': missing.wav", e.Message, StringComparison.Ordinal);
        Assert.Contains("'b': bad.wav", e.Message, StringComparison.Ordinal);
        Assert.Contains("'c': a model clip needs a transcript", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoClipsArray_Refused()
    {
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), """{ "items": [] }""");
        Assert.Throws<InvalidDataException>(() => ClipManifest.Load(Path.Combine(_dir, "manifest.json")));
    }

    [Fact]
    public void Catalog_DuplicateIds_Refused() =>
        Assert.Throws<ArgumentException>(() => new ClipCatalog([SyntheticClips.Tone("a", 10, ""), SyntheticClips.Tone("a", 20, "")]));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Entry(string id, string file, string role, int rate, string transcriptJson) =>
        $$"""{ "id": "{{id}}", "file": "{{file}}", "role": "{{role}}", "kind": "speech", "sampleRate": {{rate}}, "channels": 1, "encoding": "pcm16", "samples": 1, "durationMs": 1, "transcript": {{transcriptJson}} }""";

    private void WriteWav(string name, int rate, int samples)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WavFile.Write(path, new WavAudio(SyntheticClips.Tone("w", samples * 1000.0 / rate, "", rate).Samples, rate));
    }
}
