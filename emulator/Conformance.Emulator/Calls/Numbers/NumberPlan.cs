using System.Collections.Concurrent;

namespace Conformance.Emulator.Calls.Numbers;

/// <summary>
/// The emulator's number plan (RUN-044): E.164 numbers an outbound call (ClutchCall
/// <c>voice.calls.originate</c>, Omnia <c>/calls/outbound</c>) can reach, each a callee endpoint
/// the harness answers. Loaded from the config, edited through the control plane. Thread-safe.
/// </summary>
public sealed class NumberPlan
{
    private readonly ConcurrentDictionary<string, CalleeEndpoint> _numbers = new(StringComparer.Ordinal);

    public IReadOnlyList<CalleeEndpoint> All => [.. _numbers.Values.OrderBy(n => n.Number, StringComparer.Ordinal)];

    public bool TryGet(string number, out CalleeEndpoint endpoint) => _numbers.TryGetValue(number, out endpoint!);

    /// <summary>Adds or replaces; true when the number was new.</summary>
    public bool Set(CalleeEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var added = !_numbers.ContainsKey(endpoint.Number);
        _numbers[endpoint.Number] = endpoint;
        return added;
    }

    public bool Remove(string number) => _numbers.TryRemove(number, out _);

    /// <summary>Replaces the whole plan (start-up and control-plane reset).</summary>
    public void Load(IEnumerable<CalleeEndpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        _numbers.Clear();
        foreach (var endpoint in endpoints)
        {
            _numbers[endpoint.Number] = endpoint;
        }
    }
}
