using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Conformance.Audio.Tests.Support;

/// <summary>Checks shared by the caller and model manifest tests: a clip entry against its file.</summary>
internal static class ManifestAssertions
{
    private const double ToleranceMs = 20;

    public static void FileMatchesEntry(FixtureManifest manifest, string id)
    {
        var clip = manifest[id];
        var path = manifest.PathOf(clip);
        Assert.True(File.Exists(path), $"{id}: {path} is missing");

        var audio = WavFile.Read(path);

        Assert.Equal(clip.SampleRate, audio.SampleRate);
        Assert.Equal(clip.Channels, audio.Channels);
        Assert.Equal(clip.Encoding, audio.Encoding);
        Assert.Equal(clip.Samples, audio.SamplesPerChannel);
        Assert.Equal(clip.DurationMs, SampleClock.ToMilliseconds(audio.SamplesPerChannel, audio.SampleRate), 3);
        Assert.Equal(clip.Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
    }

    /// <summary>The detector (manifest settings) finds each segment within ±20 ms and nothing else.</summary>
    public static void DetectorAgrees(FixtureManifest manifest, string id, string manifestPath)
    {
        var clip = manifest[id];
        var detected = SpeechDetector.Detect(manifest.Read(id), DetectorOptions(manifestPath));
        if (clip.EnergyVadTriggers)
        {
            Assert.Empty(clip.SpeechSegments!);
            Assert.NotEmpty(detected); // no speech, but loud enough that an energy VAD fires: documented
            return;
        }

        var expected = clip.SpeechSegments!;
        Assert.True(expected.Count == detected.Count,
            $"{id}: manifest {Show(expected.Select(s => (s.OnsetMs, s.OffsetMs)))} vs detector {Show(detected.Select(s => (s.OnsetMs, s.OffsetMs)))}");
        foreach (var (e, a) in expected.Zip(detected))
        {
            Assert.InRange(a.OnsetMs, e.OnsetMs - ToleranceMs, e.OnsetMs + ToleranceMs);
            Assert.InRange(a.OffsetMs, e.OffsetMs - ToleranceMs, e.OffsetMs + ToleranceMs);
        }
    }

    /// <summary>Every speech boundary's sox estimate: all within <paramref name="maxMs"/>, a share within 25 ms.</summary>
    public static void SoxAgrees(FixtureManifest manifest, double maxMs, double shareWithin25Ms)
    {
        var boundaries = new List<(string Where, double Delta)>();
        foreach (var clip in manifest.Clips.Where(c => c.SpeechSegments is not null))
        {
            foreach (var s in clip.SpeechSegments!.Where(s => !s.NonSpeech))
            {
                Assert.True(s.SoxOnsetMs is not null && s.SoxOffsetMs is not null, $"{clip.Id}: sox finds no speech at {s.OnsetMs} ms");
                boundaries.Add(($"{clip.Id} onset {s.OnsetMs}", s.SoxOnsetMs!.Value - s.OnsetMs));
                boundaries.Add(($"{clip.Id} offset {s.OffsetMs}", s.SoxOffsetMs!.Value - s.OffsetMs));
            }
        }

        Assert.NotEmpty(boundaries);
        Assert.All(boundaries, b => Assert.True(Math.Abs(b.Delta) <= maxMs, $"{b.Where}: sox differs by {b.Delta:F1} ms"));
        var close = boundaries.Count(b => Math.Abs(b.Delta) <= 25);
        Assert.True(close >= boundaries.Count * shareWithin25Ms, $"only {close} of {boundaries.Count} boundaries agree within 25 ms");
    }

    public static SpeechDetectorOptions DetectorOptions(string manifestPath)
    {
        var detector = JsonNode.Parse(File.ReadAllText(manifestPath))!["detector"]!;
        return new SpeechDetectorOptions
        {
            OnDbfs = (double)detector["onDbfs"]!,
            OffDbfs = (double)detector["offDbfs"]!,
            MinOnsetMs = (int)detector["minOnsetMs"]!,
            HangoverMs = (int)detector["hangoverMs"]!,
            FrameMs = (int)detector["frameMs"]!,
        };
    }

    private static string Show(IEnumerable<(double On, double Off)> segments) => string.Join(" ", segments.Select(s => $"[{s.On}-{s.Off}]"));
}
