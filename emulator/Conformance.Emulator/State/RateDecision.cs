namespace Conformance.Emulator.State;

/// <summary>The outcome of counting one request against a key's limit, with what the rate-limit headers report.</summary>
public readonly record struct RateDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt)
{
    public static RateDecision Unlimited { get; } = new(true, int.MaxValue, int.MaxValue, DateTimeOffset.MaxValue);

    public bool IsLimited => Limit != int.MaxValue;
}
