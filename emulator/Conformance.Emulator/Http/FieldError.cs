using System.Text.Json.Nodes;

namespace Conformance.Emulator.Http;

/// <summary>
/// One invalid request field: where (<see cref="Location"/> segments, e.g. <c>["body","agent_overrides","tts_params","temperature"]</c>),
/// what kind of problem, a message, the offending input, and for type and bound errors the
/// expected type or limit (Voice.ai renders these as FastAPI <c>{loc,msg,type}</c> items).
/// </summary>
public sealed record FieldError(IReadOnlyList<object> Location, FieldErrorKind Kind, string Message, JsonNode? Input = null)
{
    /// <summary>For <see cref="FieldErrorKind.WrongType"/>: string, integer, number, boolean, object or array.</summary>
    public string? ExpectedType { get; init; }

    /// <summary>For bound errors: the limit that was crossed.</summary>
    public double? Limit { get; init; }

    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>Dotted path without the leading "body"/"query" segment, e.g. <c>websocket.inputSampleRate</c> or <c>selectedTools[1]</c>.</summary>
    public string Path
    {
        get
        {
            var text = new System.Text.StringBuilder();
            foreach (var segment in Location.Skip(Location.Count > 0 && Location[0] is "body" or "query" or "input" ? 1 : 0))
            {
                if (segment is int index)
                {
                    text.Append('[').Append(index).Append(']');
                }
                else
                {
                    if (text.Length > 0)
                    {
                        text.Append('.');
                    }

                    text.Append(segment);
                }
            }

            return text.ToString();
        }
    }
}
