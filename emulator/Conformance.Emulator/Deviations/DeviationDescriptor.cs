using Conformance.Emulator.State;

namespace Conformance.Emulator.Deviations;

/// <summary>
/// A named, deliberate rule break the emulator can be told to commit (DESIGN.md "Deviations"):
/// what it breaks, which surfaces it applies to (empty = all) and what parameters it takes.
/// Each must make at least one harness scenario fail.
/// </summary>
public sealed record DeviationDescriptor(string Name, DeviationLayer Layer, string Description, IReadOnlyList<DeviationParameter> Parameters, IReadOnlyList<Surface> Surfaces)
{
    /// <summary>The spec rule IDs (specs/*.md) a scenario catching this deviation is tagged with.</summary>
    public IReadOnlyList<string> Breaks { get; init; } = [];

    public bool AppliesTo(Surface surface) => Surfaces.Count == 0 || Surfaces.Contains(surface);
}
