namespace Conformance.Emulator.State;

/// <summary>
/// An API key: which tenant and surface it opens, its credits (null = unlimited; consumed by
/// call minutes on the surfaces that bill) and its rate limit. Mutated under the store's lock.
/// </summary>
public sealed class ApiKeyRecord
{
    private DateTimeOffset _windowStart;
    private int _used;

    public required string Key { get; init; }

    public required string TenantId { get; init; }

    public required Surface Surface { get; init; }

    public decimal? Credits { get; set; }

    public RateLimit? RateLimit { get; set; }

    public bool Disabled { get; set; }

    public bool HasCredit => Credits is null || Credits > 0;

    internal RateDecision Count(DateTimeOffset now)
    {
        if (RateLimit is not { } limit)
        {
            return RateDecision.Unlimited;
        }

        var window = TimeSpan.FromSeconds(limit.WindowSeconds);
        if (_windowStart == default || now >= _windowStart + window)
        {
            // Windows are aligned to the epoch so X-RateLimit-Reset is stable across requests.
            var ticks = now.UtcTicks - (now.UtcTicks % window.Ticks);
            _windowStart = new DateTimeOffset(ticks, TimeSpan.Zero);
            _used = 0;
        }

        var reset = _windowStart + window;
        if (_used >= limit.Limit)
        {
            return new RateDecision(false, limit.Limit, 0, reset);
        }

        _used++;
        return new RateDecision(true, limit.Limit, limit.Limit - _used, reset);
    }

    internal void ResetWindow()
    {
        _windowStart = default;
        _used = 0;
    }
}
