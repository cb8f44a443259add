namespace Conformance.Emulator.Tests.Support;

/// <summary>A credential header to send (or none).</summary>
public sealed record Auth(string? Header, string? Value)
{
    public static Auth None { get; } = new(null, null);

    public static Auth Bearer(string key) => new("Authorization", $"Bearer {key}");

    public static Auth ApiKey(string key) => new("X-API-Key", key);
}
