using System.Text.Json.Nodes;
using Conformance.Audio.Tests.Support;
using Conformance.TestSupport;

namespace Conformance.Audio.Tests;

/// <summary>fixtures/audio/manifest.json against the audio it describes.</summary>
public class CallerManifestTests
{
    private static readonly string s_manifestPath = RepoPaths.InRepo("fixtures", "audio", "manifest.json");
    private static readonly Lazy<FixtureManifest> s_manifest = new(() => FixtureManifest.Load(s_manifestPath));

    private static FixtureManifest Manifest => s_manifest.Value;

    public static TheoryData<string> ClipIds() => new(Manifest.Clips.Select(c => c.Id));

    [Theory]
    [MemberData(nameof(ClipIds))]
    public void Clip_File_MatchesStatedFormatDurationAndHash(string id) => ManifestAssertions.FileMatchesEntry(Manifest, id);

    [Theory]
    [MemberData(nameof(ClipIds))]
    public void Clip_Segments_DetectorFindsEachWithin20msAndNothingElse(string id)
    {
        var clip = Manifest[id];
        if (clip.SpeechSegments is null)
        {
            Assert.True(clip.SegmentsFrom is not null || clip.Kind == "noisy-speech", $"{id}: no segments and no reason");
            return;
        }

        ManifestAssertions.DetectorAgrees(Manifest, id, s_manifestPath);
    }

    // sox's silence effect (rolling 20 ms RMS, judged per sample) is an independent estimate. It
    // must find every speech segment, and most boundaries within 25 ms; the few larger
    // disagreements are explained in fixtures/audio/README.md ("Cross-check").
    [Fact]
    public void Segments_SoxCrossCheck_AgreesWithDetector() => ManifestAssertions.SoxAgrees(Manifest, maxMs: 200, shareWithin25Ms: 0.9);

    [Fact]
    public void NoisyOriginals_ShareTimelineWithTheirProcessedClip()
    {
        foreach (var original in Manifest.Clips.Where(c => c.SegmentsFrom is not null))
        {
            var processed = Manifest[original.SegmentsFrom!];
            var a = Manifest.Read(original.Id).Samples.Span;
            var b = Manifest.Read(processed.Id).Samples.Span;

            Assert.Equal(original.SampleRate, processed.SampleRate);
            Assert.Equal(0, SignalAnalysis.EstimateDelay(b, a, original.SampleRate / 10));
            Assert.InRange(processed.DurationMs, original.DurationMs - 100, original.DurationMs);
        }
    }

    [Fact]
    public void Backchannels_EveryVariant_UnderSixHundredMsOfSpeech()
    {
        var backchannels = Manifest.Clips.Where(c => c.Kind == "backchannel").ToList();

        Assert.True(backchannels.Count(c => c.Role == "scenario") >= 4);
        Assert.All(backchannels, c => Assert.True(c.SpeechSegments!.Sum(s => s.DurationMs) < 600, $"{c.Id}: {c.SpeechSegments!.Sum(s => s.DurationMs)} ms"));
    }

    [Fact]
    public void PauseClips_EveryVariant_HaveTwoUtterancesExactlyThatFarApart()
    {
        var clips = Manifest.Clips.Where(c => c.PauseMs is not null).ToList();

        Assert.Equal([340, 700], clips.Where(c => c.Role == "scenario").Select(c => c.PauseMs!.Value).Order());
        foreach (var clip in clips)
        {
            var segments = clip.SpeechSegments!;
            Assert.Equal(2, segments.Count);
            Assert.Equal(clip.PauseMs!.Value, segments[1].OnsetMs - segments[0].OffsetMs, 3);
        }
    }

    [Fact]
    public void ScenarioClips_HaveTelephonyAndBrowserVariants()
    {
        foreach (var clip in Manifest.Clips.Where(c => c.Role == "scenario"))
        {
            var pcmu = Manifest[clip.Variants["pcmu"]];
            var pcma = Manifest[clip.Variants["pcma"]];
            Assert.Equal((8000, AudioEncoding.MuLaw), (pcmu.SampleRate, pcmu.Encoding));
            Assert.Equal((8000, AudioEncoding.ALaw), (pcma.SampleRate, pcma.Encoding));
            if (clip.Id != "harvard-list-1")
            {
                var browser = Manifest[clip.Variants["48k"]];
                Assert.Equal((48000, 1, AudioEncoding.Pcm16), (browser.SampleRate, browser.Channels, browser.Encoding));
            }
        }
    }

    [Fact]
    public void Kinds_ScenarioSetCoversWhatScenariosNeed()
    {
        var scenario = Manifest.Clips.Where(c => c.Role == "scenario").ToList();

        Assert.Contains(scenario, c => c.Kind == "silence" && c.SpeechSegments!.Count == 0 && c.LevelDbfs <= SignalAnalysis.MinDbfs);
        Assert.Contains(scenario, c => c.Kind == "noise" && !c.EnergyVadTriggers);
        Assert.Contains(scenario, c => c.Kind == "speech" && c.SpeechSegments!.Any(s => s.DurationMs >= 3000)); // barge-in
    }

    [Fact]
    public void Provenance_EveryClipHasSourceLicenceAndDerivation()
    {
        var document = JsonNode.Parse(File.ReadAllText(s_manifestPath))!;
        var sources = document["sources"]!.AsObject();
        foreach (var clip in Manifest.Clips)
        {
            Assert.True(clip.Source is not null && sources.ContainsKey(clip.Source), $"{clip.Id}: unknown source '{clip.Source}'");
            if (sources[clip.Source]!["licenceFile"] is { } licence)
            {
                Assert.True(File.Exists(Path.Combine(Manifest.Directory, (string)licence!)), $"{clip.Id}: licence file {licence} missing");
            }

            if (clip.Role == "original")
            {
                Assert.Null(clip.DerivedFrom);
                Assert.StartsWith("source/", clip.File, StringComparison.Ordinal);
            }
            else
            {
                Assert.NotNull(clip.DerivedFrom);
                Assert.All(clip.DerivedFrom.Ids, parent => Assert.True(Manifest.TryGet(parent, out _), $"{clip.Id}: unknown parent {parent}"));
            }
        }
    }

    [Fact]
    public void Originals_AreByteCopiesOfSharedSpeech()
    {
        foreach (var original in Manifest.Clips.Where(c => c.Role == "original"))
        {
            var shared = RepoPaths.RequireShared("speech", Path.GetFileName(original.File));
            Assert.Equal(File.ReadAllBytes(shared), File.ReadAllBytes(Manifest.PathOf(original)));
        }
    }
}
