namespace Conformance.Gherkin.Expressions;

/// <summary>A tag expression that does not parse; the message is Cucumber's wording.</summary>
public sealed class TagExpressionException : Exception
{
    public TagExpressionException()
    {
    }

    public TagExpressionException(string message)
        : base(message)
    {
    }

    public TagExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
