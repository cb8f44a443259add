namespace Conformance.Gherkin.Expressions;

/// <summary>Cucumber's rule: a pattern anchored with <c>^</c> or <c>$</c> is a regular expression; anything else is a Cucumber expression.</summary>
public static class StepExpressionFactory
{
    public static IStepExpression Create(string pattern, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.StartsWith('^') || pattern.EndsWith('$')
            ? new RegularExpression(pattern)
            : new CucumberExpression(pattern, registry);
    }
}
