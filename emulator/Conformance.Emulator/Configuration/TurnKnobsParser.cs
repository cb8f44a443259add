using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Configuration;

/// <summary>
/// Reads turn knobs from a JSON object with the field names and bounds of specs/clutchcall.md
/// (CLU-SPEC-010…) — the ClutchCall AgentSpec <c>turnDetection</c> subset — or, for the control
/// plane and config files, the full <see cref="TurnKnobs"/> set (specs/control.md CTL-AGT-003).
/// Every problem is collected on the reader.
/// </summary>
public static class TurnKnobsParser
{
    public static IReadOnlyList<string> TurnDetectionFields { get; } =
    [
        "silenceThresholdMs", "responseMinSpeechMs", "commitMinIntervalMs", "bargeIn", "bargeConfirmMs", "micGuardMs", "preRollClip",
    ];

    public static IReadOnlyList<string> AllFields { get; } =
    [
        .. TurnDetectionFields,
        "thinkLatencyMs", "firstSpeaker", "greeting", "interruptible", "inactivityTimeoutSec", "inactivityAction", "maxDurationSec",
        "vadThreshold", "prefixPaddingMs", "createResponse", "interruptResponse", "idleTimeoutMs", "eagerness", "turnDetection",
    ];

    public const string ClipPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$";

    private static readonly string[] s_bargeModes = ["instant", "hold_and_confirm", "off"];

    public static TurnKnobs Parse(FieldReader reader, bool full)
    {
        ArgumentNullException.ThrowIfNull(reader);
        reader.RejectUnknown(full ? AllFields : TurnDetectionFields);
        var bargeMode = reader.ReadEnum("bargeIn", s_bargeModes);
        var bargeConfirm = (int?)reader.ReadInteger("bargeConfirmMs", 0, 5000);
        var barge = bargeMode switch
        {
            "instant" => BargeInMode.Instant,
            "hold_and_confirm" => BargeInMode.HoldAndConfirm,
            "off" => BargeInMode.Off,
            // A confirm window alone means hold-and-confirm (the seed's turnDetection example).
            _ => bargeConfirm is null ? (BargeInMode?)null : BargeInMode.HoldAndConfirm,
        };
        if (bargeConfirm is not null && bargeMode is "instant" or "off")
        {
            reader.Fail("bargeConfirmMs", FieldErrorKind.Conflict, $"bargeConfirmMs applies to bargeIn 'hold_and_confirm' only, not '{bargeMode}'");
        }

        var knobs = new TurnKnobs
        {
            SilenceThresholdMs = (int?)reader.ReadInteger("silenceThresholdMs", 50, 10_000),
            ResponseMinSpeechMs = (int?)reader.ReadInteger("responseMinSpeechMs", 0, 10_000),
            CommitMinIntervalMs = (int?)reader.ReadInteger("commitMinIntervalMs", 0, 60_000),
            BargeIn = barge,
            BargeConfirmMs = bargeConfirm,
            MicGuardMs = (int?)reader.ReadInteger("micGuardMs", 0, 10_000),
            PreRollClip = reader.ReadString("preRollClip", pattern: ClipPattern),
        };

        if (!full)
        {
            return knobs;
        }

        var firstSpeaker = reader.ReadEnum("firstSpeaker", ["agent", "user"]);
        var inactivity = reader.ReadEnum("inactivityAction", ["prompt", "hang_up"]);
        return knobs with
        {
            ThinkLatencyMs = (int?)reader.ReadInteger("thinkLatencyMs", 0, 10_000),
            AgentSpeaksFirst = firstSpeaker is null ? null : firstSpeaker == "agent",
            Greeting = reader.ReadString("greeting", maxLength: 2000),
            FirstMessageInterruptible = reader.ReadBoolean("interruptible"),
            InactivityTimeoutSec = (int?)reader.ReadInteger("inactivityTimeoutSec", 10, 300),
            InactivityAction = inactivity switch { "prompt" => InactivityAction.Prompt, "hang_up" => InactivityAction.HangUp, _ => null },
            MaxDurationSec = (int?)reader.ReadInteger("maxDurationSec", 60, 7200),
            VadThreshold = reader.ReadNumber("vadThreshold", 0, 1),
            PrefixPaddingMs = (int?)reader.ReadInteger("prefixPaddingMs", 0, 2000),
            CreateResponse = reader.ReadBoolean("createResponse"),
            InterruptResponse = reader.ReadBoolean("interruptResponse"),
            IdleTimeoutMs = (int?)reader.ReadInteger("idleTimeoutMs", 5000, 30_000),
            Eagerness = reader.ReadEnum("eagerness", ["low", "medium", "high", "auto"]),
            TurnDetectionEnabled = reader.ReadBoolean("turnDetection"),
        };
    }
}
