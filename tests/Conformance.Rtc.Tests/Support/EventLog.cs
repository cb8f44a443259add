using System.Threading.Channels;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Reads a connection's events until one matches.</summary>
internal static class EventLog
{
    public static async Task<ConnectionEvent> WaitForAsync(ChannelReader<ConnectionEvent> events, Func<ConnectionEvent, bool> match, TimeSpan timeout)
    {
        var seen = new List<ConnectionEvent>();
        using var cts = new CancellationTokenSource(timeout, TimeProvider.System);
        try
        {
            await foreach (var e in events.ReadAllAsync(cts.Token))
            {
                seen.Add(e);
                if (match(e))
                {
                    return e;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        throw new TimeoutException("No matching event; saw: " + string.Join(" | ", seen));
    }
}
