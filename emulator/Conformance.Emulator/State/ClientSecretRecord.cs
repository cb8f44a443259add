using System.Text.Json.Nodes;

namespace Conformance.Emulator.State;

/// <summary>An OpenAI ephemeral client secret (<c>ek_…</c>, vendors.md §5.2) and the session config it carries.</summary>
public sealed record ClientSecretRecord(string Value, string TenantId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, JsonObject Session)
{
    /// <summary>The Everruns voice connection the secret was minted for (create_client_secret), if any.</summary>
    public string? VoiceConnectionId { get; init; }
}
