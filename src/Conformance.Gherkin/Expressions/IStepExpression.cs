using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Expressions;

/// <summary>A step definition's pattern: a Cucumber expression or a regular expression.</summary>
public interface IStepExpression
{
    string Source { get; }

    StepDefinitionPatternType Kind { get; }

    /// <summary>The number of arguments a match yields.</summary>
    int ArgumentCount { get; }

    /// <summary>The arguments when the whole text matches; null otherwise.</summary>
    IReadOnlyList<ExpressionArgument>? Match(string text);
}
