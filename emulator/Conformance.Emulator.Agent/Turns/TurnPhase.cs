namespace Conformance.Emulator.Agent.Turns;

/// <summary>The engine's voice-activity state.</summary>
public enum TurnPhase
{
    /// <summary>No caller speech.</summary>
    Idle,

    /// <summary>A run of voiced frames shorter than <c>vadMinOnsetMs</c> so far.</summary>
    Onset,

    /// <summary>In an utterance (pauses shorter than <c>silenceThresholdMs</c> included).</summary>
    Speech,
}
