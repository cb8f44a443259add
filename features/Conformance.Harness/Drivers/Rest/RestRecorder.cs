namespace Conformance.Harness.Drivers.Rest;

/// <summary>Every REST exchange of one scenario, in order. Thread-safe.</summary>
public sealed class RestRecorder
{
    private readonly List<RestExchange> _exchanges = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RestExchange> Exchanges
    {
        get
        {
            lock (_lock)
            {
                return [.. _exchanges];
            }
        }
    }

    public RestExchange? Last
    {
        get
        {
            lock (_lock)
            {
                return _exchanges.Count == 0 ? null : _exchanges[^1];
            }
        }
    }

    public void Add(RestExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        lock (_lock)
        {
            _exchanges.Add(exchange);
        }
    }
}
