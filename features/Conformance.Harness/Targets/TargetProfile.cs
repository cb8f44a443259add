namespace Conformance.Harness.Targets;

/// <summary>
/// What the suite runs against (features/targets/README.md): the surfaces with their base URLs
/// and credentials, which scenarios apply (a tag expression), the timing budgets, and — for an
/// emulator — its control plane (journal, deviations, lease clock). <see cref="Emulator"/> is the
/// built-in target: the harness starts the emulator itself.
/// </summary>
public sealed record TargetProfile(string Name, IReadOnlyDictionary<SurfaceName, SurfaceTarget> Surfaces)
{
    /// <summary>The environment variable naming the target: <c>emulator</c> (the default) or a profile JSON path.</summary>
    public const string Variable = "CONFORMANCE_TARGET";

    public const string EmulatorName = "emulator";

    public string? Description { get; init; }

    /// <summary>A tag expression selecting the scenarios that apply to this target (null: all).</summary>
    public string? Tags { get; init; }

    public TimingBudgets Budgets { get; init; } = TimingBudgets.Production;

    /// <summary>The control plane of an emulator (<c>…/_emulator</c>), when the target is one.</summary>
    public Uri? Control { get; init; }

    /// <summary>True for the built-in target: start an emulator process for the run.</summary>
    public bool StartsEmulator { get; init; }

    public static TargetProfile Emulator { get; } = new(EmulatorName, new Dictionary<SurfaceName, SurfaceTarget>())
    {
        Description = "The conformance emulator, started by the harness on a free loopback port for the run",
        StartsEmulator = true,
    };

    /// <summary>
    /// The target named by <c>$CONFORMANCE_TARGET</c>: unset or <c>emulator</c> for the built-in
    /// one, otherwise a profile JSON file (relative paths from the current folder, then from the repository).
    /// </summary>
    /// <exception cref="TargetProfileException">The file is missing or invalid.</exception>
    public static TargetProfile FromEnvironment() => Named(Environment.GetEnvironmentVariable(Variable));

    public static TargetProfile Named(string? target)
    {
        if (string.IsNullOrWhiteSpace(target) || string.Equals(target, EmulatorName, StringComparison.OrdinalIgnoreCase))
        {
            return Emulator;
        }

        var path = File.Exists(target) ? target : HarnessPaths.InRepo(target);
        return TargetProfileLoader.Load(File.Exists(path) ? path : target);
    }

    public bool Has(SurfaceName surface) => Surfaces.ContainsKey(surface);

    public SurfaceTarget Surface(SurfaceName surface) =>
        Surfaces.TryGetValue(surface, out var target)
            ? target
            : throw new TargetProfileException(Name, [$"the target has no '{SurfaceNames.Wire(surface)}' surface; scenarios tagged {SurfaceNames.Tag(surface)} do not apply to it (exclude them with the profile's \"tags\")"]);
}
