namespace Conformance.Emulator.State;

/// <summary>An Everruns provider connection (<c>provider_…</c>): which driver backs it and which services that driver declares.</summary>
public sealed record ProviderConnection(string Id, string Name, string Driver, IReadOnlyList<string> Services)
{
    public bool HasRealtime => Services.Contains("realtime", StringComparer.Ordinal);
}
