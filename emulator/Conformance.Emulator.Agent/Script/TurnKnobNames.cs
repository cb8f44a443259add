using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// The turn knobs' names and enum spellings in persona YAML (camelCase keys, snake_case values,
/// as the vendors spell them: ClutchCall's knob names, Omnia's <c>hang_up</c>).
/// </summary>
public static class TurnKnobNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "vadOnDbfs", "vadOffDbfs", "vadMinOnsetMs", "silenceThresholdMs", "responseMinSpeechMs", "commitMinIntervalMs",
        "bargeIn", "bargeConfirmMs", "micGuardMs", "interruptible", "commitSpeechDuringUninterruptibleAudio", "createResponse",
        "prefixPaddingMs", "firstSpeaker", "inactivityTimeoutMs", "inactivityAction", "maxDurationMs",
    ];

    public static IReadOnlyDictionary<string, BargeInMode> BargeInModes { get; } = new Dictionary<string, BargeInMode>(StringComparer.Ordinal)
    {
        ["off"] = BargeInMode.Off,
        ["instant"] = BargeInMode.Instant,
        ["hold_and_confirm"] = BargeInMode.HoldAndConfirm,
    };

    public static IReadOnlyDictionary<string, FirstSpeaker> FirstSpeakers { get; } = new Dictionary<string, FirstSpeaker>(StringComparer.Ordinal)
    {
        ["agent"] = FirstSpeaker.Agent,
        ["user"] = FirstSpeaker.User,
    };

    public static IReadOnlyDictionary<string, InactivityAction> InactivityActions { get; } = new Dictionary<string, InactivityAction>(StringComparer.Ordinal)
    {
        ["prompt"] = InactivityAction.Prompt,
        ["hang_up"] = InactivityAction.HangUp,
    };
}
