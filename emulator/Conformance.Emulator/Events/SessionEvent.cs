using System.Globalization;
using System.Text.Json.Nodes;

namespace Conformance.Emulator.Events;

/// <summary>One Everruns session event (<c>Event</c> schema: id, type, ts, session_id, context, data, sequence).</summary>
public sealed record SessionEvent(string Id, long Sequence, string Type, DateTimeOffset Timestamp, string SessionId, JsonObject Data)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["type"] = Type,
        ["ts"] = Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        ["session_id"] = SessionId,
        ["sequence"] = Sequence,
        ["context"] = new JsonObject(),
        ["data"] = Data.DeepClone(),
    };
}
