namespace Conformance.Audio;

/// <summary>How a fixture file was made from others (the exact sox command or recipe).</summary>
public sealed record FixtureDerivation
{
    public IReadOnlyList<string> Ids { get; init; } = [];

    public required string Process { get; init; }
}
