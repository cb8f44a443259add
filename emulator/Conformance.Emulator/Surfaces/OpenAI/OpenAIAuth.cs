using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>
/// OpenAI credentials: a standard API key (this surface's keys), or — for creating a WebRTC
/// call and opening a realtime socket — an unexpired ephemeral client secret <c>ek_…</c>
/// (vendors.md §5.1, §5.2; OAI-AUTH-002).
/// </summary>
public static class OpenAIAuth
{
    public static (Caller Caller, ClientSecretRecord? Secret) StandardOrEphemeral(HttpContext http, SurfaceAuth auth, EmulatorStore store)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(store);
        var presented = SurfaceAuth.Bearer(http);
        if (presented is not null && presented.StartsWith("ek_", StringComparison.Ordinal))
        {
            var secret = store.FindClientSecret(presented)
                ?? throw new ApiErrorException(OpenAIErrors.Create(OpenAIError.Unauthorized, "The ephemeral client secret is invalid or expired.", code: "invalid_api_key"));
            var tenant = store.FindTenant(secret.TenantId)
                ?? throw new ApiErrorException(OpenAIErrors.Create(OpenAIError.Unauthorized, "The ephemeral client secret is invalid or expired.", code: "invalid_api_key"));
            var key = store.KeysOf(tenant.Id).FirstOrDefault(k => k.Surface == Surface.OpenAI)
                ?? new ApiKeyRecord { Key = secret.Value, TenantId = tenant.Id, Surface = Surface.OpenAI };
            var caller = new Caller(key, tenant);
            Exchange.Of(http).Caller = caller;
            return (caller, secret);
        }

        return (auth.Authenticate(http, Surface.OpenAI, presented), null);
    }
}
