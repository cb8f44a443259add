namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// A partial <see cref="TurnPolicy"/>: the knobs one layer sets (persona defaults, then the vendor
/// request: Omnia inline fields, a ClutchCall AgentSpec, an OpenAI session). Unset (null) knobs
/// keep the value of the layer below.
/// </summary>
public sealed record TurnPolicyOverrides
{
    public double? VadOnDbfs { get; init; }

    public double? VadOffDbfs { get; init; }

    public int? VadMinOnsetMs { get; init; }

    public int? SilenceThresholdMs { get; init; }

    public int? ResponseMinSpeechMs { get; init; }

    public int? CommitMinIntervalMs { get; init; }

    public BargeInMode? BargeIn { get; init; }

    public int? BargeConfirmMs { get; init; }

    public Override<int?>? MicGuardMs { get; init; }

    public bool? FirstMessageInterruptible { get; init; }

    public bool? CommitSpeechDuringUninterruptibleAudio { get; init; }

    public bool? CreateResponse { get; init; }

    public int? PrefixPaddingMs { get; init; }

    public FirstSpeaker? FirstSpeaker { get; init; }

    public Override<int?>? InactivityTimeoutMs { get; init; }

    public InactivityAction? InactivityAction { get; init; }

    public Override<int?>? MaxDurationMs { get; init; }

    /// <summary>This layer on top of <paramref name="baseline"/>.</summary>
    public TurnPolicy ApplyTo(TurnPolicy baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return baseline with
        {
            VadOnDbfs = VadOnDbfs ?? baseline.VadOnDbfs,
            VadOffDbfs = VadOffDbfs ?? baseline.VadOffDbfs,
            VadMinOnsetMs = VadMinOnsetMs ?? baseline.VadMinOnsetMs,
            SilenceThresholdMs = SilenceThresholdMs ?? baseline.SilenceThresholdMs,
            ResponseMinSpeechMs = ResponseMinSpeechMs ?? baseline.ResponseMinSpeechMs,
            CommitMinIntervalMs = CommitMinIntervalMs ?? baseline.CommitMinIntervalMs,
            BargeIn = BargeIn ?? baseline.BargeIn,
            BargeConfirmMs = BargeConfirmMs ?? baseline.BargeConfirmMs,
            MicGuardMs = MicGuardMs is { } guard ? guard.Value : baseline.MicGuardMs,
            FirstMessageInterruptible = FirstMessageInterruptible ?? baseline.FirstMessageInterruptible,
            CommitSpeechDuringUninterruptibleAudio = CommitSpeechDuringUninterruptibleAudio ?? baseline.CommitSpeechDuringUninterruptibleAudio,
            CreateResponse = CreateResponse ?? baseline.CreateResponse,
            PrefixPaddingMs = PrefixPaddingMs ?? baseline.PrefixPaddingMs,
            FirstSpeaker = FirstSpeaker ?? baseline.FirstSpeaker,
            InactivityTimeoutMs = InactivityTimeoutMs is { } inactivity ? inactivity.Value : baseline.InactivityTimeoutMs,
            InactivityAction = InactivityAction ?? baseline.InactivityAction,
            MaxDurationMs = MaxDurationMs is { } max ? max.Value : baseline.MaxDurationMs,
        };
    }
}
