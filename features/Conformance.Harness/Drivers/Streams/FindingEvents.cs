using System.Text;
using Conformance.Streams;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>Turns a parse result's findings into events (warnings beside the message, errors instead of it).</summary>
internal static class FindingEvents
{
    public static List<AgentStreamEvent> From(IReadOnlyList<StreamViolation> violations, ReadOnlySpan<byte> data)
    {
        var events = new List<AgentStreamEvent>();
        if (violations.Count == 0)
        {
            return events;
        }

        var raw = Raw(data);
        events.AddRange(violations.Select(v => new AgentProtocolFinding(v, raw)));
        return events;
    }

    /// <summary>The message as text for the log (binary shown by size; long text cut).</summary>
    public static string Raw(ReadOnlySpan<byte> data)
    {
        const int max = 300;
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return $"<{data.Length} bytes, not UTF-8>";
        }

        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
    }
}
