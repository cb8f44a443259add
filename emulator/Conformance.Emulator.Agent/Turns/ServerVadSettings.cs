namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// OpenAI Realtime <c>turn_detection</c> of type <c>server_vad</c> (vendors.md §5.7), with the
/// documented defaults.
/// </summary>
public sealed record ServerVadSettings
{
    /// <summary>0–1; higher needs louder audio. Default 0.5.</summary>
    public double Threshold { get; init; } = 0.5;

    public int PrefixPaddingMs { get; init; } = 300;

    /// <summary>Default 500 per the spec (a server echo shows 200; vendors.md §7).</summary>
    public int SilenceDurationMs { get; init; } = 500;

    public bool CreateResponse { get; init; } = true;

    public bool InterruptResponse { get; init; } = true;

    /// <summary>5000–30000 or null.</summary>
    public int? IdleTimeoutMs { get; init; }

    /// <summary>
    /// The same engine with OpenAI's semantics (specs/turn.md TURN-040…):
    /// <list type="bullet">
    /// <item><c>threshold</c> t ↦ <c>vadOnDbfs</c> = −60 + 40·t (so 0.5 is the kit's −40 dBFS; 0 → −60, 1 → −20), <c>vadOffDbfs</c> = on − 5.</item>
    /// <item><c>prefix_padding_ms</c> only shifts the reported <c>audio_start_ms</c>.</item>
    /// <item><c>silence_duration_ms</c> ↦ <c>silenceThresholdMs</c>.</item>
    /// <item>server_vad commits any speech: <c>responseMinSpeechMs</c> 0, <c>commitMinIntervalMs</c> 0.</item>
    /// <item><c>interrupt_response</c> true ↦ hold-and-confirm with 0 ms: the cut comes with <c>speech_started</c>
    /// (after the onset run), as OpenAI cancels on it; false ↦ no cut, but the speech still commits.</item>
    /// <item><c>idle_timeout_ms</c> ↦ inactivity timeout with a prompt (a response), counted from the later of
    /// the last speech end and the last agent audio end.</item>
    /// </list>
    /// </summary>
    public TurnPolicyOverrides ToOverrides()
    {
        var on = -60 + (40 * Math.Clamp(Threshold, 0, 1));
        return new TurnPolicyOverrides
        {
            VadOnDbfs = on,
            VadOffDbfs = on - 5,
            PrefixPaddingMs = PrefixPaddingMs,
            SilenceThresholdMs = SilenceDurationMs,
            ResponseMinSpeechMs = 0,
            CommitMinIntervalMs = 0,
            BargeIn = InterruptResponse ? BargeInMode.HoldAndConfirm : BargeInMode.Off,
            BargeConfirmMs = 0,
            CommitSpeechDuringUninterruptibleAudio = !InterruptResponse,
            CreateResponse = CreateResponse,
            InactivityTimeoutMs = new(IdleTimeoutMs),
            InactivityAction = Turns.InactivityAction.Prompt,
        };
    }

    public IReadOnlyList<TurnPolicyError> Validate()
    {
        var errors = new List<TurnPolicyError>();
        if (!double.IsFinite(Threshold) || Threshold is < 0 or > 1)
        {
            errors.Add(new("threshold", $"must be between 0 and 1; got {Threshold}."));
        }

        if (PrefixPaddingMs < 0)
        {
            errors.Add(new("prefix_padding_ms", $"must not be negative; got {PrefixPaddingMs}."));
        }

        if (SilenceDurationMs < 0)
        {
            errors.Add(new("silence_duration_ms", $"must not be negative; got {SilenceDurationMs}."));
        }

        if (IdleTimeoutMs is { } idle and (< 5000 or > 30000))
        {
            errors.Add(new("idle_timeout_ms", $"must be between 5000 and 30000; got {idle}."));
        }

        return errors;
    }
}
