using System.Collections.Concurrent;
using Conformance.Audio;

namespace Conformance.Harness.Audio;

/// <summary>
/// The scripted agent's clips (fixtures/model/manifest.json): what the emulator plays, so the
/// harness can tell where the speech in a clip starts (a clip begins with 20 ms of padding and
/// a weak first phoneme may start later) and compare what was heard with the clip itself. The
/// emulator's clips are repository fixtures, not emulator code: a real deployment's audio is
/// unknown, and scenarios that need a clip are tagged <c>@emulator-only</c>.
/// </summary>
public sealed class ModelClips
{
    private readonly ConcurrentDictionary<(string, int), short[]> _pcm = new();

    public ModelClips(FixtureManifest manifest)
    {
        Manifest = manifest ?? throw new ArgumentNullException(nameof(manifest));
    }

    public FixtureManifest Manifest { get; }

    // One per process: every run of a test process (the hosted suite runs eight side by side)
    // shares the loaded files and the thread-safe caches built from them.
    private static readonly Lazy<ModelClips> s_default = new(() => new ModelClips(FixtureManifest.Load(HarnessPaths.ModelManifest)));

    public static ModelClips LoadDefault() => s_default.Value;

    /// <summary>The master clip (48 kHz) by id.</summary>
    public FixtureClip Clip(string id) =>
        Manifest.TryGet(id, out var clip) && clip.Role == "model" ? clip : throw new KeyNotFoundException($"'{id}' is not a model clip of {HarnessPaths.ModelManifest}.");

    /// <summary>Where the clip's first audible speech starts, in ms from its first sample.</summary>
    public double SpeechOnsetMs(string id) => Clip(id).FirstOnsetMs ?? 0;

    /// <summary>The clip as PCM16 at <paramref name="sampleRate"/> (its 8k/16k/24k variant, or the 48 kHz master).</summary>
    public short[] Pcm(string id, int sampleRate) => _pcm.GetOrAdd((id, sampleRate), key =>
    {
        var master = Clip(key.Item1);
        if (master.SampleRate == key.Item2)
        {
            return Manifest.Read(master.Id).Samples.ToArray();
        }

        var name = key.Item2 switch
        {
            8000 => "8k",
            16000 => "16k",
            24000 => "24k",
            _ => throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "model clips exist at 8, 16, 24 and 48 kHz"),
        };
        return master.Variants.TryGetValue(name, out var variant)
            ? Manifest.Read(variant).Samples.ToArray()
            : throw new KeyNotFoundException($"Model clip '{id}' has no {name} variant.");
    });
}
