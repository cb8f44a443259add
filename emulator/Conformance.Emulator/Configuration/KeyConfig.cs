using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>An API key to create: surface, value (generated when null), credits (null = unlimited), rate limit.</summary>
public sealed record KeyConfig(Surface Surface, string? Key, decimal? Credits, RateLimit? RateLimit);
