namespace Conformance.Gherkin.Expressions;

/// <summary>
/// A named parameter for Cucumber expressions, <c>{name}</c>: the regular expressions it matches
/// and how the matched text becomes a value. <paramref name="transform"/> gets the text of the
/// regex's capture groups (or the whole match when it has none) and the CLR type the step method
/// asks for.
/// </summary>
public sealed class ParameterType(
    string name,
    IReadOnlyList<string> regularExpressions,
    Type type,
    Func<IReadOnlyList<string?>, Type, object?> transform,
    bool useForSnippets = true,
    bool preferForRegularExpressionMatch = false)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> RegularExpressions { get; } = regularExpressions;

    /// <summary>The CLR type values have (the default when a step method asks for <c>object</c>).</summary>
    public Type Type { get; } = type;

    public bool UseForSnippets { get; } = useForSnippets;

    public bool PreferForRegularExpressionMatch { get; } = preferForRegularExpressionMatch;

    public object? Transform(IReadOnlyList<string?> groups, Type target) => transform(groups, target);

    public override string ToString() => $"{{{Name}}}";
}
