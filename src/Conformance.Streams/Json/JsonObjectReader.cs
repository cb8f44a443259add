using System.Globalization;
using System.Text.Json;

namespace Conformance.Streams.Json;

/// <summary>
/// Reads the fields of one JSON object by name, recording every problem (missing, wrong type,
/// undocumented, duplicated) as a <see cref="StreamViolation"/> with its JSON path instead of
/// stopping at the first. Accessors return null when the field is unusable.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly List<StreamViolation> _violations;
    private readonly List<string> _seen = new(8);

    public JsonObjectReader(JsonElement element, string path, List<StreamViolation> violations)
    {
        _element = element;
        Path = path;
        _violations = violations;
    }

    public string Path { get; }

    public bool HasErrors
    {
        get
        {
            foreach (var v in _violations)
            {
                if (v.Severity == ViolationSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool Has(string name) => _element.TryGetProperty(name, out _);

    public string? RequiredString(string name) => String(name, required: true);

    public string? OptionalString(string name) => String(name, required: false);

    /// <summary>
    /// A decimal integer carried as a JSON string (Twilio and Telnyx counters). A bare JSON number
    /// is accepted with a warning: the value is clear, the shape is not the vendor's.
    /// </summary>
    public long? RequiredStringInteger(string name) => Integer(name, required: true, expectString: true);

    public long? OptionalStringInteger(string name) => Integer(name, required: false, expectString: true);

    /// <summary>A JSON number holding an integer (Plivo counters); a numeric string gets a warning.</summary>
    public long? RequiredNumberInteger(string name) => Integer(name, required: true, expectString: false);

    public long? OptionalNumberInteger(string name) => Integer(name, required: false, expectString: false);

    public bool? RequiredBoolean(string name) => Boolean(name, required: true);

    public bool? OptionalBoolean(string name) => Boolean(name, required: false);

    public double? OptionalNumber(string name)
    {
        if (!TryGet(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d))
        {
            return d;
        }

        WrongType(name, "number", value);
        return null;
    }

    public JsonObjectReader? RequiredObject(string name) => Object(name, required: true);

    public JsonObjectReader? OptionalObject(string name) => Object(name, required: false);

    /// <summary>A field that must be present and may be any JSON value (e.g. a tool result).</summary>
    public JsonElement? RequiredAny(string name) => TryGet(name, required: true, out var value) ? value.Clone() : null;

    public JsonElement? OptionalAny(string name) => TryGet(name, required: false, out var value) ? value.Clone() : null;

    public IReadOnlyList<string>? RequiredStringArray(string name) => StringArray(name, required: true);

    public IReadOnlyList<string>? OptionalStringArray(string name) => StringArray(name, required: false);

    /// <summary>An object whose members are all strings (Twilio <c>customParameters</c>).</summary>
    public IReadOnlyDictionary<string, string>? OptionalStringMap(string name)
    {
        var obj = OptionalObject(name);
        if (obj is null)
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in obj._element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                map[property.Name] = property.Value.GetString()!;
                obj._seen.Add(property.Name);
            }
        }

        foreach (var property in obj._element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                obj.WrongType(property.Name, "string", property.Value);
            }
        }

        obj.ReportDuplicates();
        return map;
    }

    /// <summary>Base64 (RFC 4648 §4, padded) decoded to bytes; bad base64 is an error.</summary>
    public byte[]? RequiredBase64(string name)
    {
        var text = RequiredString(name);
        if (text is null)
        {
            return null;
        }

        var bytes = Base64Payload.TryDecode(text);
        if (bytes is null)
        {
            _violations.Add(StreamViolation.Error(StreamViolationCode.InvalidBase64, Child(name),
                $"'{name}' is not valid padded base64 ({text.Length} characters)."));
        }

        return bytes;
    }

    /// <summary>
    /// Flags members other than the documented ones (those read so far plus <paramref name="alsoAllowed"/>)
    /// and duplicated members. Twilio rejects extra fields (31951): callers choose the severity.
    /// </summary>
    public void ReportUndocumented(ViolationSeverity severity, params string[] alsoAllowed)
    {
        foreach (var property in _element.EnumerateObject())
        {
            if (!_seen.Contains(property.Name) && Array.IndexOf(alsoAllowed, property.Name) < 0)
            {
                _violations.Add(new StreamViolation(Child(property.Name), StreamViolationCode.UnexpectedField, severity,
                    $"'{property.Name}' is not a documented field here."));
            }
        }

        ReportDuplicates();
    }

    public void AddError(StreamViolationCode code, string field, string message) =>
        _violations.Add(StreamViolation.Error(code, Child(field), message));

    public void AddWarning(StreamViolationCode code, string field, string message) =>
        _violations.Add(StreamViolation.Warning(code, Child(field), message));

    public string Child(string name) => $"{Path}.{name}";

    private void ReportDuplicates()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in _element.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                _violations.Add(StreamViolation.Error(StreamViolationCode.DuplicateField, Child(property.Name),
                    $"'{property.Name}' appears more than once."));
            }
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        if (!_seen.Contains(name))
        {
            _seen.Add(name);
        }

        if (_element.TryGetProperty(name, out value))
        {
            return true;
        }

        if (required)
        {
            _violations.Add(StreamViolation.Error(StreamViolationCode.MissingField, Child(name), $"'{name}' is required."));
        }

        return false;
    }

    private string? String(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        WrongType(name, "string", value);
        return null;
    }

    private long? Integer(string name, bool required, bool expectString)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    _violations.Add(StreamViolation.Error(StreamViolationCode.InvalidValue, Child(name),
                        $"'{name}' must be a non-negative decimal integer, got \"{Truncate(text)}\"."));
                    return null;
                }

                if (!expectString)
                {
                    _violations.Add(StreamViolation.Warning(StreamViolationCode.WrongType, Child(name),
                        $"'{name}' is documented as a JSON number; a string was sent."));
                }

                return parsed;
            case JsonValueKind.Number:
                if (!value.TryGetInt64(out var number) || number < 0)
                {
                    _violations.Add(StreamViolation.Error(StreamViolationCode.InvalidValue, Child(name),
                        $"'{name}' must be a non-negative integer, got {value.GetRawText()}."));
                    return null;
                }

                if (expectString)
                {
                    _violations.Add(StreamViolation.Warning(StreamViolationCode.WrongType, Child(name),
                        $"'{name}' is documented as a string; a JSON number was sent."));
                }

                return number;
            default:
                WrongType(name, expectString ? "string" : "number", value);
                return null;
        }
    }

    private bool? Boolean(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        WrongType(name, "boolean", value);
        return null;
    }

    private JsonObjectReader? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(value, Child(name), _violations);
        }

        WrongType(name, "object", value);
        return null;
    }

    private List<string>? StringArray(string name, bool required)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "array of strings", value);
            return null;
        }

        var items = new List<string>(value.GetArrayLength());
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                _violations.Add(StreamViolation.Error(StreamViolationCode.WrongType, $"{Child(name)}[{index}]",
                    $"'{name}[{index}]' must be a string, got a {JsonMessage.Describe(item.ValueKind)}."));
                return null;
            }

            items.Add(item.GetString()!);
            index++;
        }

        return items;
    }

    private void WrongType(string name, string expected, JsonElement actual) =>
        _violations.Add(StreamViolation.Error(StreamViolationCode.WrongType, Child(name),
            $"'{name}' must be a {expected}, got a {JsonMessage.Describe(actual.ValueKind)}."));

    private static string Truncate(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
