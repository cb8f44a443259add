using Conformance.Audio;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.TestSupport;

namespace Conformance.Emulator.Agent.Tests.Clips;

/// <summary>The real model clips (fixtures/model) through the catalog, the personas and the cache.</summary>
public class ModelClipFixtureTests
{
    private static readonly Lazy<ClipCatalog> s_catalog = new(() => ClipManifest.Load(RepoPaths.InRepo("fixtures", "model", "manifest.json")));

    [Fact]
    public void Manifest_HasEveryIdThePersonasUse()
    {
        Assert.Equal(["checkin", "goodbye", "greeting", "preroll", "reply-2s", "reply-4s", "reply-6s", "reply-8s"], s_catalog.Value.Ids.Order(StringComparer.Ordinal));
        Assert.All(s_catalog.Value.Clips, c => Assert.Equal(48000, c.SampleRate));
        Assert.Equal("Are you still there?", s_catalog.Value["checkin"].Transcript);
    }

    [Fact]
    public void Personas_AllResolveAgainstTheRealClips() =>
        Assert.Equal(12, PersonaLoader.LoadDirectory(RepoPaths.InRepo("fixtures", "model", "personas"), s_catalog.Value).Count);

    /// <summary>
    /// sox as the oracle for alignment: our delay-compensated 8 kHz resampling of each master lines
    /// up sample-for-sample with the fixture tooling's sox variant, and sounds the same.
    /// </summary>
    [Theory]
    [InlineData("greeting", "8k")]
    [InlineData("reply-4s", "16k")]
    [InlineData("checkin", "24k")]
    public void Cache_ResampledMaster_AlignedWithTheSoxVariant(string id, string variant)
    {
        var manifest = FixtureManifest.Load(RepoPaths.InRepo("fixtures", "model", "manifest.json"));
        var sox = manifest.Read(manifest[id].Variants[variant]);
        var ours = new ClipCache(s_catalog.Value).Pcm(id, sox.SampleRate).Span;
        var length = Math.Min(ours.Length, sox.Samples.Length);
        Assert.InRange(Math.Abs(ours.Length - sox.Samples.Length), 0, 1);
        Assert.Equal(0, SignalAnalysis.EstimateDelay(ours[..length], sox.Samples.Span[..length], 100));
        Assert.True(SignalAnalysis.SnrAtDelay(ours[..length], sox.Samples.Span[..length], 0) > 25);
    }

    [Fact]
    public void Cache_EveryClipEveryLegFormat_Encodes()
    {
        var cache = new ClipCache(s_catalog.Value);
        cache.Preload(ClipFormat.MuLaw8k, ClipFormat.ALaw8k, ClipFormat.Pcm16(16000), new ClipFormat(ClipEncoding.Pcm16BigEndian, 16000), ClipFormat.Pcm16(24000), ClipFormat.Opus48k);
        Assert.Equal(8 * 6, cache.EncodedCount);
        var greeting = cache.Get("greeting", ClipFormat.Opus48k);
        Assert.Equal((int)Math.Ceiling(s_catalog.Value["greeting"].Samples.Length / 960.0), greeting.FrameCount);
    }
}
