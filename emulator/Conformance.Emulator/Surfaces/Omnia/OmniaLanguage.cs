namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>One entry of the emulator's Omnia language catalog (GET /languages).</summary>
public sealed record OmniaLanguage(string Id, string Code, string Name);
