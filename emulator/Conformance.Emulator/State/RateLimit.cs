namespace Conformance.Emulator.State;

/// <summary>A fixed-window request limit per API key (Omnia documents 1000 requests/hour; vendors.md §2.1).</summary>
public sealed record RateLimit(int Limit, int WindowSeconds)
{
    public static RateLimit OmniaDefault { get; } = new(1000, 3600);
}
