using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Harness.Emulator;

/// <summary>
/// One entry of an emulator call's journal (<c>GET /_emulator/calls/{id}/journal</c>): its kind
/// (<c>http.exchange</c>, <c>media.vad.start</c>…), who wrote it, the call's media time when the
/// runtime knows it, and the entry's data.
/// </summary>
public sealed record JournalRecord(long Sequence, DateTimeOffset At, string Kind, string Source, double? MediaTimeMs, JsonObject Data)
{
    public static JournalRecord FromJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new JournalRecord(
            node["seq"]!.GetValue<long>(),
            DateTimeOffset.Parse(node["at"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            node["kind"]!.GetValue<string>(),
            node["source"]?.GetValue<string>() ?? "",
            node["media_time_ms"]?.GetValue<double>(),
            node["data"] as JsonObject ?? []);
    }

    public string? Text(string name) => Data[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public double? Number(string name) => Data[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public override string ToString() => $"#{Sequence} {Kind}{(MediaTimeMs is { } t ? $" @{t:0} ms" : "")} {Data.ToJsonString()}";
}
