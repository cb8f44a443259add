using System.Text.Json;
using System.Text.Unicode;

namespace Conformance.Streams.Json;

/// <summary>
/// Opens one JSON text message for field-level reading: size and emptiness checks, well-formed
/// UTF-8 JSON with nothing after the value, an object at the root. Never throws on bad input;
/// the problems land in <paramref name="violations"/>.
/// </summary>
internal static class JsonMessage
{
    private static readonly JsonReaderOptions s_readerOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    public static JsonDocument? Open(ReadOnlySpan<byte> utf8, int maxBytes, List<StreamViolation> violations)
    {
        if (utf8.IsEmpty)
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.EmptyFrame, "frame", "The message is empty."));
            return null;
        }

        if (utf8.Length > maxBytes)
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame",
                $"The message is {utf8.Length} bytes; the limit is {maxBytes}."));
            return null;
        }

        // RFC 8259 §8.1: JSON text is UTF-8. The reader checks structure, not every string's bytes.
        if (!Utf8.IsValid(utf8))
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.MalformedJson, "frame", "The message is not valid UTF-8."));
            return null;
        }

        JsonDocument? document = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, s_readerOptions);
            document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                violations.Add(StreamViolation.Error(StreamViolationCode.MalformedJson, "frame",
                    $"Unexpected content after the JSON value at byte {reader.TokenStartIndex}."));
                document.Dispose();
                return null;
            }
        }
        catch (JsonException e)
        {
            document?.Dispose();
            violations.Add(StreamViolation.Error(StreamViolationCode.MalformedJson, "frame",
                $"Not well-formed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}): {FirstSentence(e.Message)}"));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.NotAnObject, "$",
                $"The message is a JSON {Describe(document.RootElement.ValueKind)}, not an object."));
            document.Dispose();
            return null;
        }

        return document;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "value",
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
