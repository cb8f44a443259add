using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace Conformance.Contracts;

/// <summary>
/// A JSON Schema 2020-12 validator over Microsoft.OpenApi's schema model (OpenAPI 3.1 §4.8.24).
/// It evaluates every assertion keyword the model carries — type, enum, const, the numeric,
/// string, array and object keywords, allOf/anyOf/oneOf/not, if/then/else, dependentRequired,
/// unevaluatedProperties:false and the common formats — and returns every violation it finds
/// instead of stopping at the first. References are followed through the model's resolved
/// targets; an unresolved one is a violation, not an exception.
/// </summary>
public sealed class SchemaValidator
{
    // Schemas can refer to themselves without consuming the instance (A: allOf [A]); this bounds
    // how many schemas deep one instance location is evaluated.
    private const int MaxDepth = 64;

    private static readonly TimeSpan s_patternTimeout = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, Regex?> _patterns = new(StringComparer.Ordinal);

    /// <summary>Every violation of <paramref name="schema"/> by <paramref name="instance"/>; empty when it conforms.</summary>
    public IReadOnlyList<Violation> Validate(JsonNode? instance, IOpenApiSchema schema, string location = "$")
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sink = new List<Violation>();
        Evaluate(instance, schema, location, sink, evaluated: null, depth: 0);
        return sink;
    }

    /// <summary>True when <paramref name="instance"/> conforms to <paramref name="schema"/>.</summary>
    public bool IsValid(JsonNode? instance, IOpenApiSchema schema) => Validate(instance, schema).Count == 0;

    private void Evaluate(JsonNode? instance, IOpenApiSchema schema, string at, List<Violation> sink, HashSet<string>? evaluated, int depth)
    {
        if (depth > MaxDepth)
        {
            sink.Add(Error(at, ViolationCode.SchemaTooDeep, $"schema nesting exceeds {MaxDepth} levels at one instance location (a reference cycle?)"));
            return;
        }

        if (schema is OpenApiSchemaReference reference && reference.Target is null)
        {
            sink.Add(Error(at, ViolationCode.UnresolvedReference, $"schema reference '{reference.Reference?.ReferenceV3 ?? "?"}' does not resolve"));
            return;
        }

        // A reference's assertion keywords are its target's; reading them through the reference
        // re-resolves it on every access, so resolve it once here (annotations such as
        // description may differ, but no assertion reads them).
        while (schema is OpenApiSchemaReference { Target: { } target })
        {
            schema = target;
        }

        // Properties this schema (and its in-place applicators) evaluated, for unevaluatedProperties.
        var local = instance is JsonObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        CheckType(instance, schema, at, sink);
        CheckEnumAndConst(instance, schema, at, sink);
        switch (instance)
        {
            case JsonObject obj:
                CheckObject(obj, schema, at, sink, local!, depth);
                break;
            case JsonArray array:
                CheckArray(array, schema, at, sink, depth);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                CheckString(value.GetValue<string>(), schema, at, sink);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                CheckNumber(value, schema, at, sink);
                break;
            default:
                break;
        }

        CheckApplicators(instance, schema, at, sink, local, depth);

        if (instance is JsonObject unevaluatedTarget)
        {
            CheckUnevaluated(unevaluatedTarget, schema, at, sink, local!, depth);
        }

        if (evaluated is not null && local is not null)
        {
            evaluated.UnionWith(local);
        }
    }

    // JSON Schema 2020-12 §11.3: properties no keyword of this schema (or its passing in-place
    // subschemas) evaluated must be absent (false) or valid against the given schema.
    private void CheckUnevaluated(JsonObject obj, IOpenApiSchema schema, string at, List<Violation> sink, HashSet<string> evaluated, int depth)
    {
        var unevaluatedSchema = (schema as IOpenApiSchemaMissingProperties)?.UnevaluatedPropertiesSchema;
        if (schema.UnevaluatedProperties && unevaluatedSchema is null)
        {
            return;
        }

        foreach (var (name, value) in obj)
        {
            if (evaluated.Contains(name))
            {
                continue;
            }

            if (unevaluatedSchema is not null)
            {
                Evaluate(value, unevaluatedSchema, Child(at, name), sink, evaluated: null, depth + 1);
            }
            else
            {
                sink.Add(Error(Child(at, name), ViolationCode.UnevaluatedPropertyNotAllowed, $"property '{name}' is not allowed here (unevaluatedProperties: false)"));
            }

            evaluated.Add(name);
        }
    }

    private static void CheckType(JsonNode? instance, IOpenApiSchema schema, string at, List<Violation> sink)
    {
        if (schema.Type is not { } expected)
        {
            return;
        }

        var actual = JsonInstance.KindOf(instance);
        if ((expected & actual) == 0)
        {
            sink.Add(Error(at, ViolationCode.TypeMismatch, $"expected {JsonInstance.Describe(expected)}, got {JsonInstance.Describe(instance)}"));
        }
    }

    private static void CheckEnumAndConst(JsonNode? instance, IOpenApiSchema schema, string at, List<Violation> sink)
    {
        if (schema.Enum is { Count: > 0 } values && !values.Any(v => JsonNode.DeepEquals(v, instance)))
        {
            var allowed = string.Join(", ", values.Select(v => v?.ToJsonString() ?? "null"));
            sink.Add(Error(at, ViolationCode.EnumMismatch, $"value {Show(instance)} is not one of [{allowed}]"));
        }

        if (schema.Const is { } constant)
        {
            // The model keeps const as text: a string constant verbatim, anything else as JSON.
            var matches = instance is JsonValue v && v.GetValueKind() == JsonValueKind.String
                ? string.Equals(v.GetValue<string>(), constant, StringComparison.Ordinal)
                : string.Equals(instance?.ToJsonString() ?? "null", constant, StringComparison.Ordinal);
            if (!matches)
            {
                sink.Add(Error(at, ViolationCode.ConstMismatch, $"value {Show(instance)} must equal '{constant}'"));
            }
        }
    }

    private void CheckObject(JsonObject obj, IOpenApiSchema schema, string at, List<Violation> sink, HashSet<string> evaluated, int depth)
    {
        if (schema.Required is { Count: > 0 } required)
        {
            foreach (var name in required.Where(name => !obj.ContainsKey(name)))
            {
                sink.Add(Error(Child(at, name), ViolationCode.RequiredPropertyMissing, $"required property '{name}' is missing"));
            }
        }

        if (schema.MinProperties is { } minProps && obj.Count < minProps)
        {
            sink.Add(Error(at, ViolationCode.TooFewProperties, $"object has {obj.Count} properties, fewer than {minProps}"));
        }

        if (schema.MaxProperties is { } maxProps && obj.Count > maxProps)
        {
            sink.Add(Error(at, ViolationCode.TooManyProperties, $"object has {obj.Count} properties, more than {maxProps}"));
        }

        if (schema.DependentRequired is { Count: > 0 } dependent)
        {
            foreach (var (trigger, needs) in dependent.Where(d => obj.ContainsKey(d.Key)))
            {
                foreach (var missing in needs.Where(n => !obj.ContainsKey(n)))
                {
                    sink.Add(Error(Child(at, missing), ViolationCode.DependentPropertyMissing, $"property '{missing}' is required when '{trigger}' is present"));
                }
            }
        }

        foreach (var (name, value) in obj)
        {
            var path = Child(at, name);
            var matched = false;
            if (schema.Properties is not null && schema.Properties.TryGetValue(name, out var propertySchema))
            {
                matched = true;
                Evaluate(value, propertySchema, path, sink, evaluated: null, depth + 1);
            }

            if (schema.PatternProperties is { Count: > 0 } patterns)
            {
                foreach (var (pattern, patternSchema) in patterns)
                {
                    if (Pattern(pattern) is { } regex && regex.IsMatch(name))
                    {
                        matched = true;
                        Evaluate(value, patternSchema, path, sink, evaluated: null, depth + 1);
                    }
                }
            }

            if (schema is IOpenApiSchemaMissingProperties { PropertyNames: { } nameSchema })
            {
                var nameViolations = new List<Violation>();
                Evaluate(JsonValue.Create(name), nameSchema, path, nameViolations, evaluated: null, depth + 1);
                if (nameViolations.Count > 0)
                {
                    sink.Add(Error(path, ViolationCode.PropertyNameInvalid, $"property name '{name}' is invalid: {nameViolations[0].Message}"));
                }
            }

            if (matched)
            {
                evaluated.Add(name);
                continue;
            }

            if (!schema.AdditionalPropertiesAllowed)
            {
                sink.Add(Error(path, ViolationCode.AdditionalPropertyNotAllowed, $"property '{name}' is not allowed (additionalProperties: false)"));
                evaluated.Add(name);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Evaluate(value, additional, path, sink, evaluated: null, depth + 1);
                evaluated.Add(name);
            }
        }
    }

    private void CheckArray(JsonArray array, IOpenApiSchema schema, string at, List<Violation> sink, int depth)
    {
        if (schema.MinItems is { } min && array.Count < min)
        {
            sink.Add(Error(at, ViolationCode.TooFewItems, $"array has {array.Count} items, fewer than {min}"));
        }

        if (schema.MaxItems is { } max && array.Count > max)
        {
            sink.Add(Error(at, ViolationCode.TooManyItems, $"array has {array.Count} items, more than {max}"));
        }

        if (schema.UniqueItems == true)
        {
            for (var i = 0; i < array.Count; i++)
            {
                for (var j = i + 1; j < array.Count; j++)
                {
                    if (JsonNode.DeepEquals(array[i], array[j]))
                    {
                        sink.Add(Error($"{at}[{j}]", ViolationCode.ItemsNotUnique, $"item {j} repeats item {i}"));
                    }
                }
            }
        }

        if (schema.Items is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Evaluate(array[i], items, $"{at}[{i}]", sink, evaluated: null, depth + 1);
            }
        }

        if (schema is IOpenApiSchemaMissingProperties { Contains: { } contains } extended)
        {
            var matches = array.Count(item => IsValidAt(item, contains, at, depth));
            var minContains = extended.MinContains ?? 1;
            if (matches < minContains)
            {
                sink.Add(Error(at, ViolationCode.ContainsMismatch, $"array has {matches} items matching 'contains', fewer than {minContains}"));
            }

            if (extended.MaxContains is { } maxContains && matches > maxContains)
            {
                sink.Add(Error(at, ViolationCode.ContainsMismatch, $"array has {matches} items matching 'contains', more than {maxContains}"));
            }
        }
    }

    private void CheckString(string value, IOpenApiSchema schema, string at, List<Violation> sink)
    {
        // JSON Schema counts code points, not UTF-16 units (2020-12 §6.3.1).
        var length = CountCodePoints(value);
        if (schema.MinLength is { } min && length < min)
        {
            sink.Add(Error(at, ViolationCode.StringTooShort, $"string has {length} characters, fewer than {min}"));
        }

        if (schema.MaxLength is { } max && length > max)
        {
            sink.Add(Error(at, ViolationCode.StringTooLong, $"string has {length} characters, more than {max}"));
        }

        if (!string.IsNullOrEmpty(schema.Pattern))
        {
            var regex = Pattern(schema.Pattern);
            if (regex is null)
            {
                sink.Add(Error(at, ViolationCode.PatternMismatch, $"pattern '{schema.Pattern}' is not a valid regular expression"));
            }
            else if (!SafeIsMatch(regex, value))
            {
                sink.Add(Error(at, ViolationCode.PatternMismatch, $"value {Show(JsonValue.Create(value))} does not match pattern '{schema.Pattern}'"));
            }
        }

        if (schema.Format is { } format && JsonFormats.IsKnownStringFormat(format) && !JsonFormats.IsValidString(format, value))
        {
            sink.Add(Error(at, ViolationCode.FormatInvalid, $"value {Show(JsonValue.Create(value))} is not a valid {format}"));
        }
    }

    private static void CheckNumber(JsonValue value, IOpenApiSchema schema, string at, List<Violation> sink)
    {
        if (!JsonInstance.TryGetNumber(value, out var number, out _))
        {
            return;
        }

        var shown = JsonInstance.NumberText(value);
        if (JsonInstance.TryParseKeyword(schema.Minimum, out var minimum) && number < minimum)
        {
            sink.Add(Error(at, ViolationCode.NumberBelowMinimum, $"{shown} is less than the minimum {schema.Minimum}"));
        }

        if (JsonInstance.TryParseKeyword(schema.Maximum, out var maximum) && number > maximum)
        {
            sink.Add(Error(at, ViolationCode.NumberAboveMaximum, $"{shown} is greater than the maximum {schema.Maximum}"));
        }

        if (JsonInstance.TryParseKeyword(schema.ExclusiveMinimum, out var exclusiveMinimum) && number <= exclusiveMinimum)
        {
            sink.Add(Error(at, ViolationCode.NumberBelowMinimum, $"{shown} is not greater than the exclusive minimum {schema.ExclusiveMinimum}"));
        }

        if (JsonInstance.TryParseKeyword(schema.ExclusiveMaximum, out var exclusiveMaximum) && number >= exclusiveMaximum)
        {
            sink.Add(Error(at, ViolationCode.NumberAboveMaximum, $"{shown} is not less than the exclusive maximum {schema.ExclusiveMaximum}"));
        }

        if (schema.MultipleOf is { } multipleOf && multipleOf > 0 && number % multipleOf != 0)
        {
            sink.Add(Error(at, ViolationCode.NumberNotMultiple, $"{shown} is not a multiple of {multipleOf.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (schema.Format is { } format && !JsonFormats.IsValidNumber(format, number))
        {
            sink.Add(Error(at, ViolationCode.FormatInvalid, $"{shown} is not a valid {format}"));
        }
    }

    private void CheckApplicators(JsonNode? instance, IOpenApiSchema schema, string at, List<Violation> sink, HashSet<string>? evaluated, int depth)
    {
        if (schema.AllOf is { Count: > 0 } allOf)
        {
            foreach (var part in allOf)
            {
                Evaluate(instance, part, at, sink, evaluated, depth + 1);
            }
        }

        if (schema.AnyOf is { Count: > 0 } anyOf)
        {
            var attempts = anyOf.Select(part => Attempt(instance, part, at, depth)).ToList();
            var passing = attempts.Where(a => a.Violations.Count == 0).ToList();
            if (passing.Count == 0)
            {
                sink.Add(Error(at, ViolationCode.AnyOfNoMatch, $"value matches none of the {anyOf.Count} anyOf alternatives{Closest(attempts)}"));
            }

            foreach (var pass in passing)
            {
                evaluated?.UnionWith(pass.Evaluated);
            }
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            var attempts = oneOf.Select(part => Attempt(instance, part, at, depth)).ToList();
            var passing = attempts.Where(a => a.Violations.Count == 0).ToList();
            if (passing.Count == 0)
            {
                sink.Add(Error(at, ViolationCode.OneOfNoMatch, $"value matches none of the {oneOf.Count} oneOf alternatives{Closest(attempts)}"));
            }
            else if (passing.Count > 1)
            {
                sink.Add(Error(at, ViolationCode.OneOfMultipleMatch, $"value matches {passing.Count} oneOf alternatives; exactly one must match"));
            }
            else
            {
                evaluated?.UnionWith(passing[0].Evaluated);
            }
        }

        if (schema.Not is { } not && Attempt(instance, not, at, depth).Violations.Count == 0)
        {
            sink.Add(Error(at, ViolationCode.NotSchemaMatched, "value matches the schema under 'not'"));
        }

        if (schema is IOpenApiSchemaMissingProperties { If: { } condition } conditional)
        {
            var test = Attempt(instance, condition, at, depth);
            var branch = test.Violations.Count == 0 ? conditional.Then : conditional.Else;
            if (test.Violations.Count == 0)
            {
                evaluated?.UnionWith(test.Evaluated);
            }

            if (branch is not null)
            {
                var outcome = Attempt(instance, branch, at, depth);
                if (outcome.Violations.Count > 0)
                {
                    sink.Add(Error(at, ViolationCode.IfThenElseMismatch, $"value fails the '{(test.Violations.Count == 0 ? "then" : "else")}' schema: {outcome.Violations[0].Message}"));
                    sink.AddRange(outcome.Violations);
                }
                else
                {
                    evaluated?.UnionWith(outcome.Evaluated);
                }
            }
        }
    }

    private (List<Violation> Violations, HashSet<string> Evaluated) Attempt(JsonNode? instance, IOpenApiSchema schema, string at, int depth)
    {
        var violations = new List<Violation>();
        var evaluated = new HashSet<string>(StringComparer.Ordinal);
        Evaluate(instance, schema, at, violations, evaluated, depth + 1);
        return (violations, evaluated);
    }

    private bool IsValidAt(JsonNode? instance, IOpenApiSchema schema, string at, int depth) =>
        Attempt(instance, schema, at, depth).Violations.Count == 0;

    private static string Closest(List<(List<Violation> Violations, HashSet<string> Evaluated)> attempts)
    {
        var best = attempts.OrderBy(a => a.Violations.Count).FirstOrDefault();
        return best.Violations is { Count: > 0 } v ? $" (closest fails with: {v[0].Location}: {v[0].Message})" : string.Empty;
    }

    private Regex? Pattern(string pattern) => _patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, s_patternTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    private static bool SafeIsMatch(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static int CountCodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static string Child(string at, string name) =>
        IsPlainName(name) ? $"{at}.{name}" : $"{at}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }

    private static Violation Error(string at, ViolationCode code, string message) =>
        new(at, code, ViolationSeverity.Error, message);
}
