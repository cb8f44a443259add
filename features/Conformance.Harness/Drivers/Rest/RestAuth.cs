namespace Conformance.Harness.Drivers.Rest;

/// <summary>How a request authenticates: with the scenario's key, with none, or with a given credential (an end token, a wrong key).</summary>
public sealed record RestAuth(string? Credential, bool Omit)
{
    public static RestAuth Default { get; } = new(null, false);

    public static RestAuth None { get; } = new(null, true);

    public static RestAuth With(string credential) => new(credential, false);
}
