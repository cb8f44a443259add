namespace Conformance.Gherkin.Expressions;

internal enum ExpressionNodeKind
{
    Text,
    Whitespace,
    Optional,
    Parameter,
    AlternativeSeparator,
    Alternation,
    Alternative,
}
