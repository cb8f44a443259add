using Conformance.Audio.Tests.Support;
using Conformance.TestSupport;

namespace Conformance.Audio.Tests;

/// <summary>fixtures/model/manifest.json (the scripted agent's voice) against its audio.</summary>
public class ModelManifestTests
{
    private static readonly string s_manifestPath = RepoPaths.InRepo("fixtures", "model", "manifest.json");
    private static readonly Lazy<FixtureManifest> s_manifest = new(() => FixtureManifest.Load(s_manifestPath));

    private static FixtureManifest Manifest => s_manifest.Value;

    public static TheoryData<string> ClipIds() => new(Manifest.Clips.Select(c => c.Id));

    [Fact]
    public void Masters_AreExactlyThePersonaClipIds()
    {
        var masters = Manifest.Clips.Where(c => c.Role == "model").Select(c => c.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["checkin", "goodbye", "greeting", "preroll", "reply-2s", "reply-4s", "reply-6s", "reply-8s"], masters);
    }

    [Theory]
    [InlineData("greeting", 2500, 3500)]
    [InlineData("reply-2s", 1500, 2500)]
    [InlineData("reply-4s", 3500, 4500)]
    [InlineData("reply-6s", 5500, 6500)]
    [InlineData("reply-8s", 7500, 8500)]
    [InlineData("preroll", 700, 1300)]
    [InlineData("checkin", 600, 1600)]
    [InlineData("goodbye", 1000, 3000)]
    public void Master_Duration_AsNamed(string id, double minMs, double maxMs)
    {
        Assert.InRange(Manifest[id].DurationMs, minMs, maxMs);
    }

    [Fact]
    public void Checkin_Transcript_IsTheQuestion()
    {
        Assert.Equal("Are you still there?", Manifest["checkin"].Transcript);
        Assert.All(Manifest.Clips, c => Assert.False(string.IsNullOrWhiteSpace(c.Transcript)));
    }

    [Fact]
    public void Masters_48kMonoPcm16_WithEveryLegVariant()
    {
        foreach (var master in Manifest.Clips.Where(c => c.Role == "model"))
        {
            Assert.Equal((48000, 1, AudioEncoding.Pcm16), (master.SampleRate, master.Channels, master.Encoding));
            Assert.Equal(["16k", "24k", "8k", "pcma", "pcmu"], master.Variants.Keys.Order(StringComparer.Ordinal));
            foreach (var variantId in master.Variants.Values)
            {
                var variant = Manifest[variantId];
                Assert.Equal(master.Transcript, variant.Transcript);
                Assert.InRange(variant.DurationMs, master.DurationMs - 1, master.DurationMs + 1);
            }
        }
    }

    [Fact]
    public void Masters_Padding_TwentyMsOfSilenceAtEachEnd()
    {
        foreach (var master in Manifest.Clips.Where(c => c.Role == "model"))
        {
            var samples = Manifest.Read(master.Id).Samples.Span;
            var first = samples.IndexOfAnyExcept((short)0);
            var last = samples.LastIndexOfAnyExcept((short)0);
            var padding = 48 * 20;

            // The 22 kHz synthesis is padded with exactly 20 ms of zeros before resampling to 48 kHz;
            // the resampler's linear-phase filter rings up to 3 ms into the padding, far below the VAD.
            Assert.InRange(first, padding - 144, padding);
            Assert.InRange(samples.Length - 1 - last, padding - 144, padding);
            Assert.True(SignalAnalysis.Dbfs(samples[..padding]) < -60, $"{master.Id}: lead-in at {SignalAnalysis.Dbfs(samples[..padding]):F1} dBFS");
            Assert.True(master.FirstOnsetMs >= 20, $"{master.Id}: onset {master.FirstOnsetMs} ms");
        }
    }

    [Theory]
    [MemberData(nameof(ClipIds))]
    public void Clip_File_MatchesStatedFormatDurationAndHash(string id) => ManifestAssertions.FileMatchesEntry(Manifest, id);

    [Theory]
    [MemberData(nameof(ClipIds))]
    public void Clip_Segments_DetectorFindsEachWithin20msAndNothingElse(string id) => ManifestAssertions.DetectorAgrees(Manifest, id, s_manifestPath);

    [Fact]
    public void Segments_SoxCrossCheck_AgreesWithDetector() => ManifestAssertions.SoxAgrees(Manifest, maxMs: 25, shareWithin25Ms: 1.0);
}
