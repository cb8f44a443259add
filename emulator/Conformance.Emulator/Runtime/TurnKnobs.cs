namespace Conformance.Emulator.Runtime;

/// <summary>
/// Turn-taking and lifecycle knobs collected from whichever surface configured the call
/// (ClutchCall AgentSpec.turnDetection, Omnia inline/agent config, OpenAI server_vad, the
/// control plane). Null means "not set": the runtime applies the persona's value, else the
/// defaults of turn-semantics.md. Units are in the names. Validation happened at the surface;
/// the runtime may trust the ranges documented in specs/.
/// </summary>
public sealed record TurnKnobs
{
    public int? SilenceThresholdMs { get; init; }

    public int? ResponseMinSpeechMs { get; init; }

    public int? CommitMinIntervalMs { get; init; }

    public BargeInMode? BargeIn { get; init; }

    public int? BargeConfirmMs { get; init; }

    public int? MicGuardMs { get; init; }

    public string? PreRollClip { get; init; }

    public int? ThinkLatencyMs { get; init; }

    /// <summary>Omnia firstSpeaker: true = agent speaks first (greeting), false = wait for the caller.</summary>
    public bool? AgentSpeaksFirst { get; init; }

    public string? Greeting { get; init; }

    /// <summary>Omnia interruptible: applies to the agent's first message only (vendors.md §2.4).</summary>
    public bool? FirstMessageInterruptible { get; init; }

    public int? InactivityTimeoutSec { get; init; }

    public InactivityAction? InactivityAction { get; init; }

    public int? MaxDurationSec { get; init; }

    /// <summary>OpenAI server_vad threshold (0–1); the runtime maps it onto its VAD level (turn-semantics.md §1).</summary>
    public double? VadThreshold { get; init; }

    public int? PrefixPaddingMs { get; init; }

    public bool? CreateResponse { get; init; }

    public bool? InterruptResponse { get; init; }

    public int? IdleTimeoutMs { get; init; }

    /// <summary>OpenAI semantic_vad eagerness: low | medium | high | auto.</summary>
    public string? Eagerness { get; init; }

    /// <summary>False when the surface turned turn detection off (OpenAI turn_detection: null): the client commits.</summary>
    public bool? TurnDetectionEnabled { get; init; }

    /// <summary>Overlays <paramref name="overrides"/>' set values on this one.</summary>
    public TurnKnobs With(TurnKnobs? overrides) => overrides is null ? this : new TurnKnobs
    {
        SilenceThresholdMs = overrides.SilenceThresholdMs ?? SilenceThresholdMs,
        ResponseMinSpeechMs = overrides.ResponseMinSpeechMs ?? ResponseMinSpeechMs,
        CommitMinIntervalMs = overrides.CommitMinIntervalMs ?? CommitMinIntervalMs,
        BargeIn = overrides.BargeIn ?? BargeIn,
        BargeConfirmMs = overrides.BargeConfirmMs ?? BargeConfirmMs,
        MicGuardMs = overrides.MicGuardMs ?? MicGuardMs,
        PreRollClip = overrides.PreRollClip ?? PreRollClip,
        ThinkLatencyMs = overrides.ThinkLatencyMs ?? ThinkLatencyMs,
        AgentSpeaksFirst = overrides.AgentSpeaksFirst ?? AgentSpeaksFirst,
        Greeting = overrides.Greeting ?? Greeting,
        FirstMessageInterruptible = overrides.FirstMessageInterruptible ?? FirstMessageInterruptible,
        InactivityTimeoutSec = overrides.InactivityTimeoutSec ?? InactivityTimeoutSec,
        InactivityAction = overrides.InactivityAction ?? InactivityAction,
        MaxDurationSec = overrides.MaxDurationSec ?? MaxDurationSec,
        VadThreshold = overrides.VadThreshold ?? VadThreshold,
        PrefixPaddingMs = overrides.PrefixPaddingMs ?? PrefixPaddingMs,
        CreateResponse = overrides.CreateResponse ?? CreateResponse,
        InterruptResponse = overrides.InterruptResponse ?? InterruptResponse,
        IdleTimeoutMs = overrides.IdleTimeoutMs ?? IdleTimeoutMs,
        Eagerness = overrides.Eagerness ?? Eagerness,
        TurnDetectionEnabled = overrides.TurnDetectionEnabled ?? TurnDetectionEnabled,
    };
}
