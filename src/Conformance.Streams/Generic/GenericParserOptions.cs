namespace Conformance.Streams.Generic;

/// <summary>
/// Limits for the generic mode (ours; Ultravox documents none): 64 KiB per JSON control message,
/// 1 MiB per binary audio message (≈ 11 s of PCM16 at 48 kHz).
/// </summary>
public sealed record GenericParserOptions
{
    public static GenericParserOptions Default { get; } = new();

    public int MaxTextBytes { get; init; } = 64 * 1024;

    public int MaxBinaryBytes { get; init; } = 1024 * 1024;
}
