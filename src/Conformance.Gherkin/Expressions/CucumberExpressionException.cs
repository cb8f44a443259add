namespace Conformance.Gherkin.Expressions;

/// <summary>A step expression that cannot be used: the message points at the column and says how to fix it.</summary>
public sealed class CucumberExpressionException : Exception
{
    public CucumberExpressionException()
    {
    }

    public CucumberExpressionException(string message)
        : base(message)
    {
    }

    public CucumberExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static CucumberExpressionException At(string expression, int index, int length, string problem, string hint)
    {
        var pointer = new string(' ', index) + (length <= 1 ? "^" : "^" + new string('-', length - 2) + "^");
        return new CucumberExpressionException(
            $"This Cucumber Expression has a problem at column {index + 1}:\n\n{expression}\n{pointer}\n{problem}.\n{hint}");
    }
}
