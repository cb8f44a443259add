using Conformance.Emulator.Configuration;

namespace Conformance.Emulator.Hosting;

/// <summary>How <see cref="EmulatorApp"/> builds the host: configuration, clock, and whether to announce readiness on stdout.</summary>
public sealed record EmulatorHostOptions
{
    public EmulatorConfig? Config { get; init; }

    /// <summary>The base clock (tests inject a manual one); <see cref="TimeProvider.System"/> otherwise — the one composition root that reads it.</summary>
    public TimeProvider? Time { get; init; }

    public bool AnnounceReady { get; init; }

    public bool HumanBanner { get; init; }

    public bool ExitOnStdinClose { get; init; }
}
