using System.Collections.Concurrent;
using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;

namespace Conformance.Emulator.Calls.Agent;

/// <summary>
/// The scripted model's assets, loaded once per process and folder (<see cref="Shared"/>): the
/// clip catalog (<c>fixtures/model/manifest.json</c>), the personas
/// (<c>fixtures/model/personas/*.yaml</c>) and the clip cache every call picks pre-encoded frames
/// from. Sharing matters (RUN-005): every emulator host in a process (a test run starts dozens)
/// would otherwise encode every clip again, Opus included, and starve the live calls' actors of
/// CPU. A build without the fixtures still runs: <see cref="Problem"/> says why no agent can
/// speak, and calls journal it.
/// </summary>
public sealed class ModelAssets
{
    private static readonly ConcurrentDictionary<string, Lazy<ModelAssets>> s_shared = new(StringComparer.Ordinal);
    private readonly Lazy<AssetWarmUp> _warmUp;
    private readonly ConcurrentDictionary<ClipFormat, Lazy<Task>> _encoded = new();

    private ModelAssets(ClipCatalog? clips, IReadOnlyDictionary<string, Persona> personas, string? problem, string? personasDirectory)
    {
        Clips = clips ?? new ClipCatalog([]);
        Cache = new ClipCache(Clips);
        Personas = personas;
        Problem = problem;
        PersonasDirectory = personasDirectory;
        _warmUp = new Lazy<AssetWarmUp>(() => AssetWarmUp.Start(this));
    }

    public ClipCatalog Clips { get; }

    public ClipCache Cache { get; }

    public IReadOnlyDictionary<string, Persona> Personas { get; }

    public string? PersonasDirectory { get; }

    /// <summary>Why the model cannot speak (no fixtures, a broken persona), or null.</summary>
    public string? Problem { get; }

    public bool IsUsable => Problem is null;

    /// <summary>The process-wide assets of <paramref name="personasDirectory"/>, loaded on first use (RUN-005).</summary>
    public static ModelAssets Shared(string? personasDirectory)
    {
        var key = personasDirectory is null ? string.Empty : Path.GetFullPath(personasDirectory);
        return s_shared.GetOrAdd(key, _ => new Lazy<ModelAssets>(() => Load(personasDirectory))).Value;
    }

    /// <summary>
    /// RUN-005: starts (once per assets) encoding the leg formats and warming the agent's code
    /// path; the task completes when every call format but Opus is ready (Opus follows).
    /// </summary>
    public Task WarmUpAsync() => IsUsable ? _warmUp.Value.CommonFormatsReady : Task.CompletedTask;

    /// <summary>
    /// RUN-005: every clip encoded in <paramref name="format"/>, on a thread of its own (at once
    /// when that is done already). A leg awaits this before its media starts, so the first
    /// frames of a call never encode a clip inside the actor's 20 ms budget.
    /// </summary>
    public Task EnsureEncodedAsync(ClipFormat format) => !IsUsable ? Task.CompletedTask : _encoded.GetOrAdd(format, f => new Lazy<Task>(
        () => Task.Factory.StartNew(() => Cache.Preload(f), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))).Value;

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
}
