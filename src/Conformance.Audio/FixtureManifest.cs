using System.Text.Json;

namespace Conformance.Audio;

/// <summary>
/// Reads <c>fixtures/audio/manifest.json</c> (caller recordings) or <c>fixtures/model/manifest.json</c>
/// (the scripted agent's clips): one schema, documented in fixtures/audio/README.md.
/// </summary>
public sealed class FixtureManifest
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private readonly Dictionary<string, FixtureClip> _byId;

    private FixtureManifest(string directory, string schema, IReadOnlyList<FixtureClip> clips)
    {
        Directory = directory;
        Schema = schema;
        Clips = clips;
        _byId = new Dictionary<string, FixtureClip>(StringComparer.Ordinal);
        foreach (var clip in clips)
        {
            if (!_byId.TryAdd(clip.Id, clip))
            {
                throw new FormatException($"Manifest lists clip '{clip.Id}' twice.");
            }
        }
    }

    /// <summary>The folder holding the manifest; clip files are relative to it.</summary>
    public string Directory { get; }

    /// <summary>e.g. <c>conformance-kit/caller-audio/v1</c>.</summary>
    public string Schema { get; }

    public IReadOnlyList<FixtureClip> Clips { get; }

    public FixtureClip this[string id] =>
        _byId.TryGetValue(id, out var clip) ? clip : throw new KeyNotFoundException($"No clip '{id}' in the manifest at '{Directory}'.");

    /// <summary>Loads a manifest; malformed JSON or missing required fields raise <see cref="FormatException"/>.</summary>
    public static FixtureManifest Load(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        try
        {
            var document = JsonSerializer.Deserialize<ManifestDocument>(File.ReadAllText(manifestPath), s_json)
                ?? throw new FormatException($"'{manifestPath}' is empty.");
            return new FixtureManifest(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, document.Schema, document.Clips);
        }
        catch (JsonException e)
        {
            throw new FormatException($"'{manifestPath}' is not a valid fixture manifest: {e.Message}", e);
        }
    }

    public bool TryGet(string id, out FixtureClip clip) => _byId.TryGetValue(id, out clip!);

    /// <summary>Absolute path of a clip's file.</summary>
    public string PathOf(FixtureClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        return Path.Combine(Directory, clip.File);
    }

    /// <summary>Reads a clip's audio.</summary>
    public WavAudio Read(string id) => WavFile.Read(PathOf(this[id]));

    private sealed record ManifestDocument
    {
        public required string Schema { get; init; }

        public required IReadOnlyList<FixtureClip> Clips { get; init; }
    }
}
