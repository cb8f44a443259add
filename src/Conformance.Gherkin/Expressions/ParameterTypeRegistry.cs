using System.Numerics;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// The parameter types expressions may use: Cucumber's built-ins (<c>{int}</c>, <c>{float}</c>,
/// <c>{word}</c>, <c>{string}</c>, <c>{}</c>, <c>{double}</c>, <c>{long}</c>, <c>{short}</c>,
/// <c>{byte}</c>, <c>{biginteger}</c>, <c>{bigdecimal}</c>) plus any defined by the step assemblies.
/// Built-ins convert to whatever numeric or text type the step method's parameter has.
/// </summary>
public sealed class ParameterTypeRegistry
{
    // cucumber-expressions' defaults (defineDefaultParameterTypes): same regexes, so the same text matches.
    private const string Integer = @"-?\d+";
    private const string UnsignedInteger = @"\d+";
    private const string Float = @"[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[E][+-]?\d+)?";
    private const string Word = @"[^\s]+";
    private const string QuotedString = @"""([^""\\]*(\\.[^""\\]*)*)""|'([^'\\]*(\\.[^'\\]*)*)'";
    private const string Anything = ".*";

    private readonly Dictionary<string, ParameterType> _byName = new(StringComparer.Ordinal);
    private readonly List<ParameterType> _defined = [];

    public ParameterTypeRegistry()
    {
        Add(Number("int", typeof(int), useForSnippets: true));
        Add(new ParameterType("float", [Float], typeof(double), ConvertFirst, useForSnippets: true));
        Add(new ParameterType("word", [Word], typeof(string), ConvertFirst, useForSnippets: false));
        Add(new ParameterType("string", [QuotedString], typeof(string), Unquote, useForSnippets: true));
        Add(new ParameterType("", [Anything], typeof(string), ConvertFirst, useForSnippets: false));
        Add(new ParameterType("double", [Float], typeof(double), ConvertFirst, useForSnippets: false));
        Add(new ParameterType("bigdecimal", [Float], typeof(decimal), ConvertFirst, useForSnippets: false));
        Add(Number("byte", typeof(byte), useForSnippets: false));
        Add(Number("short", typeof(short), useForSnippets: false));
        Add(Number("long", typeof(long), useForSnippets: false));
        Add(Number("biginteger", typeof(BigInteger), useForSnippets: false));
    }

    /// <summary>The types added with <see cref="Define"/> (for the run's <c>parameterType</c> messages).</summary>
    public IReadOnlyList<ParameterType> Defined => _defined;

    /// <exception cref="ArgumentException">The name is taken.</exception>
    public void Define(ParameterType parameterType)
    {
        ArgumentNullException.ThrowIfNull(parameterType);
        if (_byName.ContainsKey(parameterType.Name))
        {
            throw new ArgumentException($"There is already a parameter type named '{parameterType.Name}'", nameof(parameterType));
        }

        Add(parameterType);
        _defined.Add(parameterType);
    }

    public ParameterType? Lookup(string name) => _byName.GetValueOrDefault(name);

    /// <summary>A defined type whose values are of the given CLR type (used to convert regex captures).</summary>
    public ParameterType? LookupByType(Type type) =>
        _defined.FirstOrDefault(p => p.Type == type && p.PreferForRegularExpressionMatch) ?? _defined.FirstOrDefault(p => p.Type == type);

    private static ParameterType Number(string name, Type type, bool useForSnippets) =>
        new(name, [Integer, UnsignedInteger], type, ConvertFirst, useForSnippets);

    private static object? ConvertFirst(IReadOnlyList<string?> groups, Type target) =>
        StepArgumentConverter.Convert(groups[0], target == typeof(object) ? typeof(string) : target);

    // {string}: the text inside "double" or 'single' quotes, escaped quotes unescaped.
    private static object? Unquote(IReadOnlyList<string?> groups, Type target)
    {
        var text = (groups.Count > 2 ? groups[0] ?? groups[2] : groups[0]) ?? "";
        text = text.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\'", "'", StringComparison.Ordinal);
        return StepArgumentConverter.Convert(text, target == typeof(object) ? typeof(string) : target);
    }

    private void Add(ParameterType parameterType) => _byName[parameterType.Name] = parameterType;
}
