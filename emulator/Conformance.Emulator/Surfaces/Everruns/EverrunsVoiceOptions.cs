using Conformance.Emulator.Http;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>
/// <c>VoiceSessionOptions</c>, flattened into the create/attach/client-secret bodies (vendors.md
/// §1.3): every field optional and nullable. <c>reasoning_effort</c> accepts the union of the
/// documented enums (EVR-DRIFT-002); <c>locale</c>/<c>timezone</c> (spec-only) are accepted.
/// </summary>
public sealed record EverrunsVoiceOptions(string? Instructions, string? Model, string? ProviderId, string? ReasoningEffort, string? Voice)
{
    public static IReadOnlyList<string> ReasoningEfforts { get; } = ["none", "minimal", "low", "medium", "high", "xhigh"];

    /// <summary>OpenAI's built-in realtime voices (vendors.md §5.5); custom voices are <c>voice_…</c> ids.</summary>
    public static IReadOnlyList<string> BuiltInVoices { get; } = ["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"];

    public const string ProviderIdPattern = "^(provider|prov)_[0-9a-f]{32}$";

    public static EverrunsVoiceOptions Parse(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var voice = reader.ReadString("voice", minLength: 1, maxLength: 128);
        if (voice is not null && !BuiltInVoices.Contains(voice, StringComparer.Ordinal) && !voice.StartsWith("voice_", StringComparison.Ordinal))
        {
            reader.Fail("voice", FieldErrorKind.NotInEnum, $"voice must be one of {string.Join(", ", BuiltInVoices)} or a custom voice_… id");
            voice = null;
        }

        reader.ReadString("locale", maxLength: 35);
        reader.ReadString("timezone", maxLength: 64);
        return new EverrunsVoiceOptions(
            reader.ReadString("instructions", maxLength: 100_000),
            reader.ReadString("model", minLength: 1, maxLength: 128),
            reader.ReadString("provider_id", pattern: ProviderIdPattern),
            reader.ReadEnum("reasoning_effort", ReasoningEfforts),
            voice);
    }
}
