namespace Conformance.Emulator.Configuration;

/// <summary>
/// Lease and token lifetimes (lease clock). Defaults: Everruns voice connections one hour
/// (vendors.md §1.4 "one-hour cap"); Omnia websocketUrl 10 minutes unused (the docs say only
/// "short-lived"); Voice.ai participant tokens 10 minutes (LiveKit-shaped, vendors.md §4.4).
/// </summary>
public sealed record LeaseSettings
{
    public int EverrunsVoiceSeconds { get; init; } = 3600;

    public int OmniaSocketSeconds { get; init; } = 600;

    public int VoiceAiTokenSeconds { get; init; } = 600;

    /// <summary>How many ended calls each tenant keeps for logs and journals before the oldest are dropped.</summary>
    public int RetainedEndedCallsPerTenant { get; init; } = 10_000;
}
