namespace Conformance.Harness.Targets;

/// <summary>
/// Run-level settings a host may register (the xunit host, <c>conform run</c>, the suite-level
/// tests); the startup's defaults otherwise.
/// </summary>
public sealed record HarnessRunOptions
{
    public static HarnessRunOptions Default { get; } = new();

    /// <summary>Deviations every scenario's tenant gets (emulator targets only).</summary>
    public IReadOnlyList<DeviationRequest> Deviations { get; init; } = [];

    /// <summary>How long to wait for the emulator's READY line.</summary>
    public TimeSpan EmulatorStartTimeout { get; init; } = TimeSpan.FromSeconds(90);
}
