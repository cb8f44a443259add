namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// Every turn-taking knob, with the defaults of turn-semantics.md (normative) and the vendors'
/// seeds. Immutable; vendor settings and persona defaults are layered with
/// <see cref="TurnPolicyOverrides"/>. Rules and choices: specs/turn.md.
/// </summary>
public sealed record TurnPolicy
{
    public static TurnPolicy Default { get; } = new();

    /// <summary>A frame is voiced at or above this level (TURN-001).</summary>
    public double VadOnDbfs { get; init; } = -40;

    /// <summary>While in speech, a frame stays voiced at or above this lower level (hysteresis).</summary>
    public double VadOffDbfs { get; init; } = -45;

    /// <summary>Voiced run needed before speech starts; the start is the run's first frame.</summary>
    public int VadMinOnsetMs { get; init; } = 60;

    /// <summary>Unvoiced time after the last voiced frame that ends speech (ClutchCall default 500).</summary>
    public int SilenceThresholdMs { get; init; } = 500;

    /// <summary>Speech shorter than this is a backchannel and never commits (ClutchCall default 600).</summary>
    public int ResponseMinSpeechMs { get; init; } = 600;

    /// <summary>Minimum spacing of commits (ClutchCall default 1500).</summary>
    public int CommitMinIntervalMs { get; init; } = 1500;

    /// <summary>Kit default: hold-and-confirm, as the ClutchCall seed's example configures it.</summary>
    public BargeInMode BargeIn { get; init; } = BargeInMode.HoldAndConfirm;

    /// <summary>Sustained speech needed to cut in hold-and-confirm mode (ClutchCall examples: 300).</summary>
    public int BargeConfirmMs { get; init; } = 300;

    /// <summary>Post-audio mic guard; null = off. On: from the first agent sample to this long after its last, caller frames cannot start speech.</summary>
    public int? MicGuardMs { get; init; }

    /// <summary>Omnia <c>interruptible</c> (kit default true; Omnia's default is false): applies to the first agent message only.</summary>
    public bool FirstMessageInterruptible { get; init; } = true;

    /// <summary>
    /// False (turn-semantics §3): speech that starts while agent audio cannot be interrupted (barge-in
    /// off, or a non-interruptible first message) commits nothing. OpenAI <c>interrupt_response:false</c>
    /// sets it true: the speech still commits and the reply queues behind the audio.
    /// </summary>
    public bool CommitSpeechDuringUninterruptibleAudio { get; init; }

    /// <summary>OpenAI <c>create_response</c>: false commits the turn (journaled) without a reply.</summary>
    public bool CreateResponse { get; init; } = true;

    /// <summary>OpenAI <c>prefix_padding_ms</c>: only shifts the reported <c>audio_start_ms</c>.</summary>
    public int PrefixPaddingMs { get; init; }

    public FirstSpeaker FirstSpeaker { get; init; } = FirstSpeaker.Agent;

    /// <summary>Omnia <c>inactivityTimeout</c> (s × 1000) / OpenAI <c>idle_timeout_ms</c>; null = wait forever.</summary>
    public int? InactivityTimeoutMs { get; init; }

    /// <summary>Kit default when only the timeout is set: prompt (Omnia documents no default).</summary>
    public InactivityAction InactivityAction { get; init; } = InactivityAction.Prompt;

    /// <summary>Omnia <c>maxDuration</c> (s × 1000): the call ends at start + this, whatever is playing; null = no cap.</summary>
    public int? MaxDurationMs { get; init; }

    /// <summary>Every invalid knob (empty when the policy is usable).</summary>
    public IReadOnlyList<TurnPolicyError> Validate()
    {
        var errors = new List<TurnPolicyError>();
        if (!double.IsFinite(VadOnDbfs) || VadOnDbfs is > 0 or < -120)
        {
            errors.Add(new("vadOnDbfs", $"must be between -120 and 0 dBFS; got {VadOnDbfs}."));
        }

        if (!double.IsFinite(VadOffDbfs) || VadOffDbfs > VadOnDbfs || VadOffDbfs < -120)
        {
            errors.Add(new("vadOffDbfs", $"must be between -120 dBFS and vadOnDbfs ({VadOnDbfs}); got {VadOffDbfs}."));
        }

        NonNegative(errors, "vadMinOnsetMs", VadMinOnsetMs, 5_000);
        NonNegative(errors, "silenceThresholdMs", SilenceThresholdMs, 60_000);
        NonNegative(errors, "responseMinSpeechMs", ResponseMinSpeechMs, 60_000);
        NonNegative(errors, "commitMinIntervalMs", CommitMinIntervalMs, 60_000);
        NonNegative(errors, "bargeConfirmMs", BargeConfirmMs, 60_000);
        NonNegative(errors, "prefixPaddingMs", PrefixPaddingMs, 60_000);
        if (MicGuardMs is { } guard)
        {
            NonNegative(errors, "micGuardMs", guard, 60_000);
        }

        if (InactivityTimeoutMs is { } inactivity && inactivity <= 0)
        {
            errors.Add(new("inactivityTimeoutMs", $"must be positive; got {inactivity}."));
        }

        if (MaxDurationMs is { } max && max <= 0)
        {
            errors.Add(new("maxDurationMs", $"must be positive; got {max}."));
        }

        if (!Enum.IsDefined(BargeIn))
        {
            errors.Add(new("bargeIn", $"unknown mode {(int)BargeIn}."));
        }

        return errors;
    }

    private static void NonNegative(List<TurnPolicyError> errors, string field, int value, int max)
    {
        if (value < 0 || value > max)
        {
            errors.Add(new(field, $"must be between 0 and {max} ms; got {value}."));
        }
    }
}
