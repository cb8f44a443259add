using System.Collections.Concurrent;
using Conformance.Audio;
using Conformance.Streams;

namespace Conformance.Harness.Audio;

/// <summary>
/// The caller fixtures (fixtures/audio/manifest.json), each in the format a leg needs, with the
/// ground truth of the very audio that is sent (fixtures/audio/README.md): a G.711 leg sends the
/// <c>pcmu</c>/<c>pcma</c> variant and uses its segments; a PCM leg sends the clip at its own rate
/// when it has one, else the 48 kHz variant resampled with the filter delay removed (segments of
/// the 48 kHz variant, or of the <c>pcmu</c> variant at 8 kHz, whose band limit it shares).
/// Thread-safe; clips are loaded once.
/// </summary>
public sealed class CallerAudioLibrary
{
    private readonly ConcurrentDictionary<(string, AudioEncoding, int), Lazy<CallerClipAudio>> _cache = new();

    public CallerAudioLibrary(FixtureManifest manifest)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
    }

    public FixtureManifest Manifest { get; }

    // One per process: every run of a test process (the hosted suite runs eight side by side)
    // shares the loaded files and the thread-safe caches built from them.
    private static readonly Lazy<CallerAudioLibrary> s_default = new(() => new CallerAudioLibrary(FixtureManifest.Load(HarnessPaths.CallerManifest)));

    public static CallerAudioLibrary LoadDefault() => s_default.Value;

    /// <summary>The scenario clip <paramref name="clipId"/> for a leg sending <paramref name="format"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such scenario clip in the manifest.</exception>
    public CallerClipAudio Get(string clipId, StreamAudioFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return _cache.GetOrAdd((clipId, format.Encoding, format.SampleRate), _ => new Lazy<CallerClipAudio>(() => Build(clipId, format))).Value;
    }

    /// <summary>The scenario clip at a PCM rate (WebRTC legs, the browser).</summary>
    public CallerClipAudio Get(string clipId, int sampleRate) => Get(clipId, new StreamAudioFormat(AudioEncoding.Pcm16, sampleRate));

    public FixtureClip Clip(string clipId) => Manifest.TryGet(clipId, out var clip) && clip.Role == "scenario"
        ? clip
        : throw new KeyNotFoundException($"'{clipId}' is not a scenario clip of {HarnessPaths.CallerManifest}.");

    private CallerClipAudio Build(string clipId, StreamAudioFormat format)
    {
        var clip = Clip(clipId);
        switch (format.Encoding)
        {
            case AudioEncoding.MuLaw:
            case AudioEncoding.ALaw:
                if (format.SampleRate != 8000)
                {
                    throw new ArgumentException($"G.711 runs at 8 kHz, not {format.SampleRate} Hz.", nameof(format));
                }

                var variant = Variant(clip, format.Encoding == AudioEncoding.MuLaw ? "pcmu" : "pcma");
                return FromFile(clipId, variant);
            default:
                if (clip.SampleRate == format.SampleRate)
                {
                    return FromFile(clipId, clip);
                }

                if (clip.Variants.TryGetValue("48k", out var id48) && format.SampleRate == 48000)
                {
                    return FromFile(clipId, Manifest[id48]);
                }

                var source = clip.Variants.TryGetValue("48k", out var id) ? Manifest[id] : clip;
                var audio = Manifest.Read(source.Id);
                var pcm = DelayCompensatedResampler.Resample(audio.Samples.Span, audio.SampleRate, format.SampleRate);
                var truth = format.SampleRate == 8000 && clip.Variants.TryGetValue("pcmu", out var pcmu) ? Manifest[pcmu] : source;
                return new CallerClipAudio(clipId, source.Id, pcm, format.SampleRate, truth.SpeechSegments ?? []);
        }
    }

    private FixtureClip Variant(FixtureClip clip, string name) =>
        clip.Variants.TryGetValue(name, out var id) ? Manifest[id] : throw new KeyNotFoundException($"Clip '{clip.Id}' has no '{name}' variant.");

    private CallerClipAudio FromFile(string clipId, FixtureClip file)
    {
        var audio = Manifest.Read(file.Id);
        if (audio.Channels != 1)
        {
            throw new FormatException($"Caller clip '{file.Id}' has {audio.Channels} channels; legs are mono.");
        }

        return new CallerClipAudio(clipId, file.Id, audio.Samples, audio.SampleRate, file.SpeechSegments ?? []);
    }
}
