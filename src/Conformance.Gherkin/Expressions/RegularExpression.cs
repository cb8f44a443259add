using System.Text.RegularExpressions;
using Conformance.Gherkin.Messages;
using Group = Conformance.Gherkin.Messages.Group;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// A step pattern written as a regular expression (<c>^I have (\d+) cukes$</c>). Each top-level
/// capture group is an argument; nested groups are its children.
/// </summary>
public sealed class RegularExpression : IStepExpression
{
    private readonly Regex _regex;
    private readonly int[] _topLevel;
    private readonly int[] _parents;

    /// <exception cref="ArgumentException">Not a valid .NET regular expression.</exception>
    public RegularExpression(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Source = pattern;
        _regex = new Regex(pattern, RegexOptions.CultureInvariant);
        _parents = CaptureGroupParents(pattern, _regex.GetGroupNumbers().Length - 1);
        _topLevel = [.. Enumerable.Range(1, _parents.Length - 1).Where(g => _parents[g] == 0)];
    }

    public string Source { get; }

    public StepDefinitionPatternType Kind => StepDefinitionPatternType.RegularExpression;

    public int ArgumentCount => _topLevel.Length;

    public IReadOnlyList<ExpressionArgument>? Match(string text)
    {
        var match = _regex.Match(text);
        return match.Success ? [.. _topLevel.Select(g => new ExpressionArgument(GroupOf(match, g), null))] : null;
    }

    public override string ToString() => Source;

    private Group GroupOf(Match match, int number)
    {
        var group = match.Groups[number];
        var children = Enumerable.Range(number + 1, _parents.Length - number - 1)
            .Where(g => _parents[g] == number)
            .Select(g => GroupOf(match, g))
            .ToArray();
        return new Group(children, group.Success ? group.Index : null, group.Success ? group.Value : null);
    }

    // Capture groups are numbered by their '(' left to right; a group's parent is the innermost
    // capture group open at its '('. Escapes, character classes and (?...) constructs are skipped
    // (named groups count as captures).
    private static int[] CaptureGroupParents(string pattern, int count)
    {
        var parents = new int[count + 1];
        var open = new Stack<int>();
        var next = 1;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '(')
            {
                var isCapture = i + 1 >= pattern.Length || pattern[i + 1] != '?'
                    || (i + 2 < pattern.Length && (pattern[i + 2] == '<' || pattern[i + 2] == '\'')
                        && i + 3 < pattern.Length && pattern[i + 3] is not ('=' or '!'));
                if (isCapture && next <= count)
                {
                    parents[next] = open.FirstOrDefault(g => g > 0);
                    open.Push(next++);
                }
                else
                {
                    open.Push(0);
                }
            }
            else if (c == ')' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return parents;
    }
}
