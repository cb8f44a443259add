namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>One entry of the emulator's Omnia voice catalog (GET /voices).</summary>
public sealed record OmniaVoice(string Id, string Name, string LanguageCode, string LanguageName, string Gender, string Description);
