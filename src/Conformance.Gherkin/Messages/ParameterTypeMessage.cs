namespace Conformance.Gherkin.Messages;

/// <summary>A <c>parameterType</c> envelope's body.</summary>
public sealed record ParameterTypeMessage(
    string Name,
    IReadOnlyList<string> RegularExpressions,
    bool PreferForRegularExpressionMatch,
    bool UseForSnippets,
    string Id,
    SourceReference? SourceReference = null);
