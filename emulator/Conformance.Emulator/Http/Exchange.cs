using Conformance.Emulator.State;

namespace Conformance.Emulator.Http;

/// <summary>
/// Per-request facts the journal needs and handlers fill in: the body text read, the body
/// written, which calls the exchange concerns, and the authenticated caller.
/// </summary>
public sealed class Exchange
{
    private static readonly object s_key = new();

    public string? RequestBody { get; set; }

    public string? ResponseBody { get; set; }

    public string? ResponseContentType { get; set; }

    public List<CallRecord> Calls { get; } = [];

    public Caller? Caller { get; set; }

    public static Exchange Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(s_key, out var existing) && existing is Exchange exchange)
        {
            return exchange;
        }

        exchange = new Exchange();
        context.Items[s_key] = exchange;
        return exchange;
    }

    /// <summary>Journals this request/response against <paramref name="call"/> once the response is written.</summary>
    public void Bind(CallRecord call)
    {
        if (!Calls.Contains(call))
        {
            Calls.Add(call);
        }
    }
}
