using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>OpenAI Realtime response bodies (vendors.md §5.2).</summary>
public static class OpenAIJson
{
    /// <summary><c>RealtimeCreateClientSecretResponse</c>: value, expires_at (unix seconds), session.</summary>
    public static JsonObject ClientSecret(ClientSecretRecord secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return new JsonObject
        {
            ["value"] = secret.Value,
            ["expires_at"] = secret.ExpiresAt.ToUnixTimeSeconds(),
            ["session"] = secret.Session.DeepClone(),
        };
    }
}
