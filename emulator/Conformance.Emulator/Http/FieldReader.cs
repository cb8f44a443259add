using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Conformance.Emulator.Http;

/// <summary>
/// Reads typed fields out of a JSON object and collects every problem as a
/// <see cref="FieldError"/> instead of stopping at the first, so a surface can report all
/// invalid fields at once (Voice.ai's FastAPI 422 lists them all; others join the messages).
/// "Nullable" fields treat JSON null like an absent field; otherwise null is a type error.
/// </summary>
public sealed class FieldReader
{
    private readonly JsonObject _source;
    private readonly IReadOnlyList<object> _location;
    private readonly List<FieldError> _errors;

    public FieldReader(JsonObject source, params object[] location)
        : this(source, location, [])
    {
    }

    private FieldReader(JsonObject source, IReadOnlyList<object> location, List<FieldError> errors)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _location = location;
        _errors = errors;
    }

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public JsonObject Source => _source;

    public bool Has(string name) => _source.ContainsKey(name) && _source[name] is not null;

    /// <summary>A reader for a nested object, sharing this reader's error list.</summary>
    public FieldReader Nested(string name, JsonObject value) => new(value, [.. _location, name], _errors);

    public FieldReader Item(int index, JsonObject value, string arrayName) => new(value, [.. _location, arrayName, index], _errors);

    public void Add(FieldError error) => _errors.Add(error ?? throw new ArgumentNullException(nameof(error)));

    public void Fail(string name, FieldErrorKind kind, string message) =>
        _errors.Add(new FieldError(Loc(name), kind, message, _source[name]?.DeepClone()));

    public IReadOnlyList<object> Loc(string name) => [.. _location, name];

    public string? ReadString(string name, bool required = false, bool nullable = true, int? minLength = null, int? maxLength = null, string? pattern = null)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            TypeError(name, "string", node);
            return null;
        }

        var text = value.GetValue<string>();
        if (minLength is { } min && text.Length < min)
        {
            _errors.Add(new FieldError(Loc(name), FieldErrorKind.TooShort, min == 1 ? $"{name} must not be empty" : $"{name} must be at least {min} characters", node.DeepClone()) { Limit = min });
            return null;
        }

        if (maxLength is { } max && text.Length > max)
        {
            _errors.Add(new FieldError(Loc(name), FieldErrorKind.TooLong, $"{name} must be at most {max} characters", node.DeepClone()) { Limit = max });
            return null;
        }

        if (pattern is not null && !Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            _errors.Add(new FieldError(Loc(name), FieldErrorKind.PatternMismatch, $"{name} has an invalid format", node.DeepClone()));
            return null;
        }

        return text;
    }

    public string? ReadEnum(string name, IReadOnlyList<string> allowed, bool required = false, bool nullable = true)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var text = ReadString(name, required, nullable);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        _errors.Add(new FieldError(Loc(name), FieldErrorKind.NotInEnum, $"{name} must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}", _source[name]?.DeepClone()) { Allowed = allowed });
        return null;
    }

    public long? ReadInteger(string name, long? min = null, long? max = null, bool required = false, bool nullable = true)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (!TryNumber(node, out var number) || decimal.Truncate(number) != number || number < long.MinValue || number > long.MaxValue)
        {
            TypeError(name, "integer", node);
            return null;
        }

        return CheckBounds(name, node, number, min, max) ? (long)number : null;
    }

    public double? ReadNumber(string name, double? min = null, double? max = null, bool required = false, bool nullable = true)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (!TryNumber(node, out var number))
        {
            TypeError(name, "number", node);
            return null;
        }

        return CheckBounds(name, node, number, (decimal?)min, (decimal?)max) ? (double)number : null;
    }

    public bool? ReadBoolean(string name, bool required = false, bool nullable = true)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return node.GetValue<bool>();
        }

        TypeError(name, "boolean", node);
        return null;
    }

    public JsonObject? ReadObject(string name, bool required = false, bool nullable = true)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (node is JsonObject obj)
        {
            return obj;
        }

        TypeError(name, "object", node);
        return null;
    }

    public JsonArray? ReadArray(string name, bool required = false, bool nullable = true)
    {
        if (!Present(name, required, nullable, out var node))
        {
            return null;
        }

        if (node is JsonArray array)
        {
            return array;
        }

        TypeError(name, "array", node);
        return null;
    }

    /// <summary>Reports every property not in <paramref name="known"/> (for bodies that are strict by our decision, e.g. the inline AgentSpec).</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var (name, value) in _source)
        {
            if (!known.Contains(name))
            {
                _errors.Add(new FieldError(Loc(name), FieldErrorKind.Unknown, $"unknown field {name}", value?.DeepClone()));
            }
        }
    }

    private bool Present(string name, bool required, bool nullable, out JsonNode node)
    {
        node = null!;
        if (!_source.TryGetPropertyValue(name, out var value))
        {
            if (required)
            {
                _errors.Add(new FieldError(Loc(name), FieldErrorKind.Missing, $"{name} is required"));
            }

            return false;
        }

        if (value is null)
        {
            if (required)
            {
                _errors.Add(new FieldError(Loc(name), FieldErrorKind.Missing, $"{name} is required"));
            }
            else if (!nullable)
            {
                _errors.Add(new FieldError(Loc(name), FieldErrorKind.WrongType, $"{name} must not be null") { ExpectedType = "non-null" });
            }

            return false;
        }

        node = value;
        return true;
    }

    private bool CheckBounds(string name, JsonNode node, decimal number, decimal? min, decimal? max)
    {
        if (min is { } low && number < low)
        {
            _errors.Add(new FieldError(Loc(name), FieldErrorKind.BelowMinimum, $"{name} must be greater than or equal to {Show(low)}", node.DeepClone()) { Limit = (double)low });
            return false;
        }

        if (max is { } high && number > high)
        {
            _errors.Add(new FieldError(Loc(name), FieldErrorKind.AboveMaximum, $"{name} must be less than or equal to {Show(high)}", node.DeepClone()) { Limit = (double)high });
            return false;
        }

        return true;
    }

    private void TypeError(string name, string expected, JsonNode node) =>
        _errors.Add(new FieldError(Loc(name), FieldErrorKind.WrongType, $"{name} must be {(expected is "integer" or "object" or "array" ? "an" : "a")} {expected}", node.DeepClone()) { ExpectedType = expected });

    private static bool TryNumber(JsonNode node, out decimal number)
    {
        number = 0;
        return node is JsonValue value
            && value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    private static string Show(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
