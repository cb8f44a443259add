namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// The voices and languages the emulator offers (the real catalog is not published). Inline
/// calls and agents must name one of these (OMN-INL-004): voices by name or id, languages by
/// code or id — as the docs say to take them from GET /voices and GET /languages.
/// </summary>
public static class OmniaCatalog
{
    public static IReadOnlyList<OmniaLanguage> Languages { get; } =
    [
        new("lang_en", "en", "English"),
        new("lang_en-GB", "en-GB", "English (UK)"),
        new("lang_es", "es", "Spanish"),
        new("lang_fr", "fr", "French"),
        new("lang_de", "de", "German"),
        new("lang_fi", "fi", "Finnish"),
        new("lang_sv", "sv", "Swedish"),
        new("lang_pt-BR", "pt-BR", "Portuguese (Brazil)"),
    ];

    public static IReadOnlyList<OmniaVoice> Voices { get; } =
    [
        new("voice_mark", "Mark", "en", "English", "male", "Calm, mid-range American English"),
        new("voice_sarah", "Sarah", "en", "English", "female", "Warm American English"),
        new("voice_oliver", "Oliver", "en-GB", "English (UK)", "male", "British English"),
        new("voice_lucia", "Lucia", "es", "Spanish", "female", "Castilian Spanish"),
        new("voice_claire", "Claire", "fr", "French", "female", "Parisian French"),
        new("voice_jonas", "Jonas", "de", "German", "male", "Standard German"),
        new("voice_aino", "Aino", "fi", "Finnish", "female", "Finnish"),
        new("voice_erik", "Erik", "sv", "Swedish", "male", "Swedish"),
        new("voice_ana", "Ana", "pt-BR", "Portuguese (Brazil)", "female", "Brazilian Portuguese"),
    ];

    public static OmniaVoice? FindVoice(string nameOrId) =>
        Voices.FirstOrDefault(v => string.Equals(v.Id, nameOrId, StringComparison.Ordinal) || string.Equals(v.Name, nameOrId, StringComparison.OrdinalIgnoreCase));

    public static OmniaLanguage? FindLanguage(string codeOrId) =>
        Languages.FirstOrDefault(l => string.Equals(l.Id, codeOrId, StringComparison.Ordinal) || string.Equals(l.Code, codeOrId, StringComparison.OrdinalIgnoreCase));
}
