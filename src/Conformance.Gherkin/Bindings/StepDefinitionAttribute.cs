namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Marks a method as a step definition. The expression is a Cucumber expression, or a regular
/// expression when it starts with <c>^</c> or ends with <c>$</c>. The method may be static or an
/// instance method (its class is created per scenario by constructor injection); it may return
/// <see cref="Task"/> or <see cref="ValueTask"/>; it takes one parameter per expression argument,
/// then optionally a <see cref="DataTable"/> or <see cref="DocString"/> (or <c>string</c> for a doc
/// string's text), then optionally a <see cref="CancellationToken"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public abstract class StepDefinitionAttribute(StepKeyword keyword, string expression, string sourceFile, int sourceLine) : Attribute
{
    public StepKeyword Keyword { get; } = keyword;

    public string Expression { get; } = expression;

    /// <summary>Where the attribute is written (filled in by the compiler), for reports.</summary>
    public string SourceFile { get; } = sourceFile;

    public int SourceLine { get; } = sourceLine;
}
