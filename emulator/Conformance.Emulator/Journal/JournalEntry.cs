using System.Text.Json.Nodes;

namespace Conformance.Emulator.Journal;

/// <summary>
/// One journaled fact about a call. <see cref="At"/> is lease-clock time (UTC);
/// <see cref="MediaTimeMs"/> is the call's media clock (sample counts on the caller leg) when
/// the runtime knows it — the ground truth the harness checks itself against.
/// <see cref="Kind"/> is dotted (<c>http.exchange</c>, <c>call.state</c>, <c>media.vad.start</c>…);
/// <see cref="Source"/> says who wrote it (<c>rest</c>, <c>runtime</c>, <c>control</c>).
/// </summary>
public sealed record JournalEntry(long Sequence, DateTimeOffset At, string Kind, string Source, double? MediaTimeMs, JsonObject Data)
{
    public JsonObject ToJson() => new()
    {
        ["seq"] = Sequence,
        ["at"] = At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["kind"] = Kind,
        ["source"] = Source,
        ["media_time_ms"] = MediaTimeMs,
        ["data"] = Data.DeepClone(),
    };
}
