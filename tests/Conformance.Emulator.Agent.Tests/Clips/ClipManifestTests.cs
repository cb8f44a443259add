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
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), """
            { "schema": "x", "clips": [
              { "id": "greeting", "file": "greeting.wav", "transcript": "Hello.", "durationMs": 100, "extra": [1] },
              { "id": "reply-2s", "file": "sub/reply.wav", "transcript": "Sure." } ] }
            """);
        var catalog = ClipManifest.Load(Path.Combine(_dir, "manifest.json"));
        Assert.Equal(("Hello.", 48000, 100.0), (catalog["greeting"].Transcript, catalog["greeting"].SampleRate, catalog["greeting"].DurationMs));
        Assert.Equal(200, catalog["reply-2s"].DurationMs);
    }

    [Fact]
    public void Load_BrokenEntries_AllReported()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.wav"), "not a wav");
        File.WriteAllText(Path.Combine(_dir, "manifest.json"), """
            { "clips": [ { "id": "a", "file": "missing.wav", "transcript": "" }, { "id": "b", "file": "bad.wav", "transcript": "" }, { "file": "x.wav" } ] }
            """);
        var e = Assert.Throws<InvalidDataException>(() => ClipManifest.Load(Path.Combine(_dir, "manifest.json")));
        Assert.Contains("clips[0] 'a'", e.Message, StringComparison.Ordinal);
        Assert.Contains("clips[1] 'b'", e.Message, StringComparison.Ordinal);
        Assert.Contains("clips[2]: 'id', 'file' and 'transcript' are required", e.Message, StringComparison.Ordinal);
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

    private void WriteWav(string name, int rate, int samples)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WavFile.Write(path, new WavAudio(SyntheticClips.Tone("w", samples * 1000.0 / rate, "", rate).Samples, rate));
    }
}
