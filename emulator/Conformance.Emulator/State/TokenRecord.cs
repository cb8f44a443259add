namespace Conformance.Emulator.State;

/// <summary>A token the store issued: what it opens (one call), until when, and whether it was used.</summary>
public sealed class TokenRecord
{
    public required string Value { get; init; }

    public required TokenKind Kind { get; init; }

    public required string CallId { get; init; }

    public required string TenantId { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public int Uses { get; set; }
}
