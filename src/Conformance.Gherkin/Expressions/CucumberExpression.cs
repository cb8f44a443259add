using System.Text;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Messages;
using Group = Conformance.Gherkin.Messages.Group;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// A Cucumber expression such as <c>I have {int} cucumber(s) in my belly/stomach</c>: parameters
/// in braces, optional text in parentheses, alternatives separated by <c>/</c>. Compiled to one
/// anchored regular expression.
/// </summary>
public sealed class CucumberExpression : IStepExpression
{
    private readonly Regex _regex;
    private readonly List<(ParameterType Type, int Group, int InnerGroups)> _parameters = [];

    /// <exception cref="CucumberExpressionException">The expression is malformed or names an unknown parameter type.</exception>
    public CucumberExpression(string expression, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(registry);
        Source = expression;
        var pattern = new StringBuilder("^");
        var nextGroup = 1;
        foreach (var node in new CucumberExpressionParser(expression).Parse())
        {
            Append(pattern, node, registry, ref nextGroup);
        }

        _regex = new Regex(pattern.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    public string Source { get; }

    public StepDefinitionPatternType Kind => StepDefinitionPatternType.CucumberExpression;

    public int ArgumentCount => _parameters.Count;

    public IReadOnlyList<ParameterType> ParameterTypes => [.. _parameters.Select(p => p.Type)];

    /// <summary>The compiled regular expression (for diagnostics).</summary>
    public string Pattern => _regex.ToString();

    public IReadOnlyList<ExpressionArgument>? Match(string text)
    {
        var match = _regex.Match(text);
        if (!match.Success)
        {
            return null;
        }

        return
        [
            .. _parameters.Select(p =>
            {
                var group = match.Groups[p.Group];
                var children = Enumerable.Range(p.Group + 1, p.InnerGroups)
                    .Select(i => match.Groups[i])
                    .Select(g => new Group(null, g.Success ? g.Index : null, g.Success ? g.Value : null))
                    .ToArray();
                return new ExpressionArgument(new Group(children, group.Index, group.Value), p.Type);
            }),
        ];
    }

    public override string ToString() => Source;

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '\\' or '^' or '[' or '(' or '{' or '$' or '.' or '|' or '?' or '*' or '+' or '}' or ')' or ']')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private void Append(StringBuilder pattern, ExpressionNode node, ParameterTypeRegistry registry, ref int nextGroup)
    {
        switch (node.Kind)
        {
            case ExpressionNodeKind.Text or ExpressionNodeKind.Whitespace:
                pattern.Append(Escape(node.Text));
                break;
            case ExpressionNodeKind.Optional:
                pattern.Append("(?:");
                foreach (var child in node.Children)
                {
                    Append(pattern, child, registry, ref nextGroup);
                }

                pattern.Append(")?");
                break;
            case ExpressionNodeKind.Alternation:
                pattern.Append("(?:");
                for (var i = 0; i < node.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        pattern.Append('|');
                    }

                    foreach (var child in node.Children[i].Children)
                    {
                        Append(pattern, child, registry, ref nextGroup);
                    }
                }

                pattern.Append(')');
                break;
            case ExpressionNodeKind.Parameter:
                var type = registry.Lookup(node.Text) ?? throw CucumberExpressionException.At(
                    Source, node.Start, node.End - node.Start, $"Undefined parameter type '{node.Text}'",
                    $"Please register a ParameterType for '{node.Text}'");
                var inner = type.RegularExpressions.Sum(r => new Regex(r).GetGroupNumbers().Length - 1);
                _parameters.Add((type, nextGroup, inner));
                nextGroup += 1 + inner;
                pattern.Append(type.RegularExpressions.Count == 1
                    ? $"({type.RegularExpressions[0]})"
                    : $"((?:{string.Join(")|(?:", type.RegularExpressions)}))");
                break;
            default:
                throw new InvalidOperationException($"Unexpected node {node.Kind}");
        }
    }
}
