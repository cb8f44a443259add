namespace Conformance.Emulator.State;

/// <summary>What the store holds right now; the leak tests assert the live counts fall back to zero.</summary>
public sealed record StoreDiagnostics(
    int Tenants,
    int Keys,
    int Calls,
    int LiveCalls,
    int LiveTokens,
    int ClientSecrets,
    int Sessions,
    int SseSubscribers,
    int CallResources);
