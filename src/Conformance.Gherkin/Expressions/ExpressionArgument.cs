using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// One matched argument: where it is in the step text (<see cref="Group"/>, with nested capture
/// groups as children) and, for Cucumber expressions, the parameter type that converts it.
/// </summary>
public sealed record ExpressionArgument(Group Group, ParameterType? ParameterType)
{
    /// <summary>The texts a transformer receives: the nested groups' texts, or the whole match.</summary>
    public IReadOnlyList<string?> GroupValues =>
        Group.Children is { Count: > 0 } children ? [.. children.Select(c => c.Value)] : [Group.Value];
}
