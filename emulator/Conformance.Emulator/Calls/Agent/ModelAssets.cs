using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;

namespace Conformance.Emulator.Calls.Agent;

/// <summary>
/// The scripted model's assets, loaded once per process: the clip catalog
/// (<c>fixtures/model/manifest.json</c>), the personas (<c>fixtures/model/personas/*.yaml</c>)
/// and the clip cache every call picks pre-encoded frames from. A build without the fixtures
/// still runs: <see cref="Problem"/> says why no agent can speak, and calls journal it.
/// </summary>
public sealed class ModelAssets
{
    private ModelAssets(ClipCatalog? clips, IReadOnlyDictionary<string, Persona> personas, string? problem, string? personasDirectory)
    {
        Clips = clips ?? new ClipCatalog([]);
        Cache = new ClipCache(Clips);
        Personas = personas;
        Problem = problem;
        PersonasDirectory = personasDirectory;
    }

    public ClipCatalog Clips { get; }

    public ClipCache Cache { get; }

    public IReadOnlyDictionary<string, Persona> Personas { get; }

    public string? PersonasDirectory { get; }

    /// <summary>Why the model cannot speak (no fixtures, a broken persona), or null.</summary>
    public string? Problem { get; }

    public bool IsUsable => Problem is null;

    /// <summary>Loads the personas folder and the clip manifest beside it (<c>../manifest.json</c>).</summary>
    public static ModelAssets Load(string? personasDirectory)
    {
        if (personasDirectory is null || !Directory.Exists(personasDirectory))
        {
            return new ModelAssets(null, new Dictionary<string, Persona>(), $"no personas folder ({personasDirectory ?? "fixtures/model/personas not found"})", personasDirectory);
        }

        var manifest = Path.GetFullPath(Path.Combine(personasDirectory, "..", "manifest.json"));
        try
        {
            var clips = ClipManifest.Load(manifest);
            var personas = PersonaLoader.LoadDirectory(personasDirectory, clips);
            return new ModelAssets(clips, personas, null, personasDirectory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or PersonaLoadException or UnauthorizedAccessException)
        {
            return new ModelAssets(null, new Dictionary<string, Persona>(), $"model fixtures unusable: {e.Message}", personasDirectory);
        }
    }

    /// <summary>Encodes every clip in the formats most calls use, off the call path (Opus is the slow one).</summary>
    public void Preload(params ClipFormat[] formats) => Cache.Preload(formats);
}
