using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// The call-behaviour fields inline calls and agent configs share (vendors.md §2.4), with
/// every bound and enum enforced (OMN-INL-002/003) and mapped onto turn knobs.
/// </summary>
public sealed record OmniaSettings(string Model, double Temperature, bool RecordingEnabled, TurnKnobs Knobs)
{
    public static IReadOnlyList<string> Models { get; } = ["gemma", "llama", "glm"];

    public static OmniaSettings Parse(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var model = reader.ReadEnum("model", Models) ?? "llama";
        var temperature = reader.ReadNumber("temperature", 0, 1) ?? 0;
        var firstSpeaker = reader.ReadEnum("firstSpeaker", ["agent", "user"]) ?? "agent";
        var interruptible = reader.ReadBoolean("interruptible") ?? false;
        var maxDuration = (int?)reader.ReadInteger("maxDuration", 60, 7200) ?? 3000;
        var inactivityTimeout = (int?)reader.ReadInteger("inactivityTimeout", 10, 300);
        var inactivityAction = reader.ReadEnum("inactivityAction", ["hang_up", "prompt"]);
        var recording = reader.ReadBoolean("recordingEnabled") ?? true;
        var greeting = reader.ReadString("greeting", maxLength: 2000);
        var knobs = new TurnKnobs
        {
            AgentSpeaksFirst = firstSpeaker == "agent",
            Greeting = firstSpeaker == "agent" ? greeting : null,
            FirstMessageInterruptible = interruptible,
            MaxDurationSec = maxDuration,
            InactivityTimeoutSec = inactivityTimeout,
            // Only a timeout given: check in and keep waiting (OMN-INL-006; the docs name no default).
            InactivityAction = inactivityTimeout is null ? null : inactivityAction == "hang_up" ? InactivityAction.HangUp : InactivityAction.Prompt,
        };
        return new OmniaSettings(model, temperature, recording, knobs);
    }
}
