using System.Diagnostics.CodeAnalysis;

namespace Conformance.Emulator.Agent.Clips;

/// <summary>The clips a persona may refer to, by id (<c>fixtures/model/manifest.json</c>).</summary>
public sealed class ClipCatalog
{
    private readonly Dictionary<string, Clip> _clips;

    public ClipCatalog(IEnumerable<Clip> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        _clips = new Dictionary<string, Clip>(StringComparer.Ordinal);
        foreach (var clip in clips)
        {
            if (!_clips.TryAdd(clip.Id, clip))
            {
                throw new ArgumentException($"Clip id '{clip.Id}' appears twice.", nameof(clips));
            }
        }
    }

    public IReadOnlyCollection<Clip> Clips => _clips.Values;

    public IEnumerable<string> Ids => _clips.Keys;

    public bool TryGet(string id, [NotNullWhen(true)] out Clip? clip) => _clips.TryGetValue(id, out clip);

    public Clip this[string id] => _clips.TryGetValue(id, out var clip)
        ? clip
        : throw new KeyNotFoundException($"No clip '{id}' in the catalog (known: {string.Join(", ", _clips.Keys.Order(StringComparer.Ordinal))}).");
}
