using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>Who an authenticated request comes from: the key presented and the tenant it opens.</summary>
public sealed record Caller(ApiKeyRecord Key, Tenant Tenant)
{
    public string TenantId => Tenant.Id;
}
