namespace Conformance.Gherkin.Expressions;

/// <summary>A node of a parsed Cucumber expression; <see cref="Start"/>/<see cref="End"/> index the source.</summary>
internal sealed record ExpressionNode(ExpressionNodeKind Kind, int Start, int End, string Text, IReadOnlyList<ExpressionNode> Children)
{
    public static ExpressionNode Leaf(ExpressionNodeKind kind, int start, int end, string text) => new(kind, start, end, text, []);
}
