using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Defines a custom parameter type for Cucumber expressions: <c>{name}</c> matches
/// <paramref name="regularExpression"/> and the static method turns the match into a value. The
/// method takes one string per capture group of the regex (or one string for the whole match when
/// it has none) and returns the value; its return type is the parameter type's type.
/// <code>
/// [ParameterType("codec", "opus|pcmu|pcma")]
/// public static Codec Codec(string name) => Enum.Parse&lt;Codec&gt;(name, ignoreCase: true);
/// </code>
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ParameterTypeAttribute(
    string name, string regularExpression, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0) : Attribute
{
    public string Name { get; } = name;

    public string RegularExpression { get; } = regularExpression;

    public bool UseForSnippets { get; init; } = true;

    /// <summary>Use this type to convert regular-expression captures to its CLR type.</summary>
    public bool PreferForRegularExpressionMatch { get; init; }

    public string SourceFile { get; } = sourceFile;

    public int SourceLine { get; } = sourceLine;
}
