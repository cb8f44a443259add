using Conformance.Audio;
using Conformance.TestSupport;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>Caller recordings from <c>fixtures/audio</c> at a leg's rate, with the ground-truth speech segments of the variant used.</summary>
internal static class CallerFixtures
{
    private static readonly Lazy<FixtureManifest> s_manifest = new(() => FixtureManifest.Load(RepoPaths.InRepo("fixtures", "audio", "manifest.json")));

    /// <summary>
    /// PCM16 at <paramref name="rate"/>: the µ-law variant decoded for 8 kHz (what a carrier
    /// sends), the scenario clip at 16 kHz, the 48 kHz variant, or 24 kHz resampled from the
    /// 48 kHz variant. Segments are the variant's own (G.711 changes what a VAD sees).
    /// </summary>
    public static CallerClip Clip(string id, int rate)
    {
        var manifest = s_manifest.Value;
        var scenario = manifest[id];
        var variantId = rate switch
        {
            8000 => scenario.Variants.GetValueOrDefault("pcmu", id),
            48000 or 24000 => scenario.Variants.GetValueOrDefault("48k", id),
            _ => id,
        };
        var variant = manifest[variantId];
        var audio = manifest.Read(variantId);
        var samples = audio.Samples.ToArray();
        if (audio.SampleRate != rate)
        {
            using var resampler = new Resampler(audio.SampleRate, rate, quality: 8);
            var latency = resampler.OutputLatency;
            var padded = new short[samples.Length + (audio.SampleRate / 10)];
            samples.CopyTo(padded, 0);
            var output = resampler.Process(padded);
            samples = output.AsSpan(latency, (int)((long)samples.Length * rate / audio.SampleRate)).ToArray();
        }

        var segments = (variant.SpeechSegments ?? scenario.SpeechSegments ?? []).Where(s => !s.NonSpeech).ToList();
        return new CallerClip(id, samples, rate, segments.Count > 0 ? segments[0].OnsetMs : 0, segments.Count > 0 ? segments[^1].OffsetMs : 0);
    }
}
