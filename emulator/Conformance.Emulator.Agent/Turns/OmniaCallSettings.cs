namespace Conformance.Emulator.Agent.Turns;

/// <summary>
/// The Omnia inline-call knobs that drive turns (vendors.md §2.4), in the request's units.
/// Omnia's own defaults apply to absent fields: <c>firstSpeaker</c> agent, <c>interruptible</c>
/// false (first message only), <c>maxDuration</c> 3000 s, no inactivity timeout.
/// </summary>
public sealed record OmniaCallSettings
{
    public FirstSpeaker FirstSpeaker { get; init; } = FirstSpeaker.Agent;

    public bool Interruptible { get; init; }

    public int MaxDurationSeconds { get; init; } = 3000;

    public int? InactivityTimeoutSeconds { get; init; }

    public InactivityAction? InactivityAction { get; init; }

    public TurnPolicyOverrides ToOverrides() => new()
    {
        FirstSpeaker = FirstSpeaker,
        FirstMessageInterruptible = Interruptible,
        MaxDurationMs = new(MaxDurationSeconds * 1000),
        InactivityTimeoutMs = new(InactivityTimeoutSeconds * 1000),
        InactivityAction = InactivityAction ?? Turns.InactivityAction.Prompt,
    };

    /// <summary>Omnia's bounds: maxDuration 60–7200 s, inactivityTimeout 10–300 s.</summary>
    public IReadOnlyList<TurnPolicyError> Validate()
    {
        var errors = new List<TurnPolicyError>();
        if (MaxDurationSeconds is < 60 or > 7200)
        {
            errors.Add(new("maxDuration", $"must be between 60 and 7200 seconds; got {MaxDurationSeconds}."));
        }

        if (InactivityTimeoutSeconds is { } timeout and (< 10 or > 300))
        {
            errors.Add(new("inactivityTimeout", $"must be between 10 and 300 seconds; got {timeout}."));
        }

        return errors;
    }
}
