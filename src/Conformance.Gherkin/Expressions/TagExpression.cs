using System.Text;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// A Cucumber tag expression: <c>@webrtc and not (@slow or @flaky)</c>. <c>not</c> binds tighter
/// than <c>and</c>, which binds tighter than <c>or</c>; both binary operators are left-associative.
/// A backslash escapes <c>(</c>, <c>)</c>, <c>\</c> and whitespace inside a tag. Tags are compared
/// exactly, <c>@</c> included. The empty expression matches everything.
/// </summary>
public abstract class TagExpression
{
    /// <summary>Matches every set of tags.</summary>
    public static TagExpression Always { get; } = new TrueNode();

    /// <exception cref="TagExpressionException">With Cucumber's message, e.g. <c>… syntax error: Expected operand.</c></exception>
    public static TagExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new Parser(expression).Parse();
    }

    public static bool TryParse(string expression, out TagExpression result, out string? error)
    {
        try
        {
            result = Parse(expression);
            error = null;
            return true;
        }
        catch (TagExpressionException e)
        {
            result = Always;
            error = e.Message;
            return false;
        }
    }

    public abstract bool Evaluate(IReadOnlyCollection<string> tags);

    /// <summary>The fully parenthesised form, as Cucumber formats it: <c>( @a and not ( @b ) )</c>.</summary>
    public abstract override string ToString();

    private sealed class TrueNode : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => true;

        public override string ToString() => "";
    }

    private sealed class LiteralNode(string name) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => tags.Contains(name, StringComparer.Ordinal);

        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (var c in name)
            {
                if (c is '\\' or '(' or ')')
                {
                    text.Append('\\').Append(c);
                }
                else if (char.IsWhiteSpace(c))
                {
                    text.Append("\\ ");
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }
    }

    private sealed class NotNode(TagExpression operand) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) => !operand.Evaluate(tags);

        // A binary operand is already parenthesised.
        public override string ToString() => operand is BinaryNode ? $"not {operand}" : $"not ( {operand} )";
    }

    private sealed class BinaryNode(string op, TagExpression left, TagExpression right) : TagExpression
    {
        public override bool Evaluate(IReadOnlyCollection<string> tags) =>
            op == "and" ? left.Evaluate(tags) && right.Evaluate(tags) : left.Evaluate(tags) || right.Evaluate(tags);

        public override string ToString() => $"( {left} {op} {right} )";
    }

    /// <summary>
    /// Operator precedence (shunting yard) over the tokens, checking at each token whether an
    /// operand or an operator was due, so errors say which one was missing.
    /// </summary>
    private sealed class Parser(string expression)
    {
        private readonly Stack<TagExpression> _operands = new();
        private readonly Stack<string> _operators = new();

        public TagExpression Parse()
        {
            var tokens = Tokenize();
            if (tokens.Count == 0)
            {
                return Always;
            }

            var expectOperand = true;
            foreach (var token in tokens)
            {
                switch (token)
                {
                    case "not":
                        Expect(expectOperand, true);
                        _operators.Push(token);
                        break;
                    case "and" or "or":
                        Expect(expectOperand, false);
                        while (_operators.TryPeek(out var top) && top != "(" && Precedence(token) <= Precedence(top))
                        {
                            Reduce(_operators.Pop());
                        }

                        _operators.Push(token);
                        expectOperand = true;
                        break;
                    case "(":
                        Expect(expectOperand, true);
                        _operators.Push(token);
                        break;
                    case ")":
                        Expect(expectOperand, false);
                        while (_operators.TryPeek(out var top) && top != "(")
                        {
                            Reduce(_operators.Pop());
                        }

                        if (_operators.Count == 0)
                        {
                            throw Error("Unmatched ).");
                        }

                        _operators.Pop();
                        break;
                    default:
                        Expect(expectOperand, true);
                        _operands.Push(new LiteralNode(token));
                        expectOperand = false;
                        break;
                }
            }

            while (_operators.TryPop(out var op))
            {
                if (op == "(")
                {
                    throw Error("Unmatched (.");
                }

                Reduce(op);
            }

            return _operands.Pop();
        }

        private static int Precedence(string op) => op switch
        {
            "or" => 0,
            "and" => 1,
            _ => 2,
        };

        private void Expect(bool expectOperand, bool isOperand)
        {
            if (expectOperand != isOperand)
            {
                throw Error(expectOperand ? "Expected operand." : "Expected operator.");
            }
        }

        private void Reduce(string op)
        {
            if (op == "not")
            {
                _operands.Push(new NotNode(PopOperand()));
                return;
            }

            var right = PopOperand();
            _operands.Push(new BinaryNode(op, PopOperand(), right));
        }

        private TagExpression PopOperand() => _operands.TryPop(out var operand) ? operand : throw Error("Expected operand.");

        private List<string> Tokenize()
        {
            var tokens = new List<string>();
            var current = new StringBuilder();
            void Flush()
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
            }

            for (var i = 0; i < expression.Length; i++)
            {
                var c = expression[i];
                if (c == '\\')
                {
                    if (i + 1 >= expression.Length)
                    {
                        // A trailing backslash escapes nothing and is dropped, as in Cucumber.
                        break;
                    }

                    var escaped = expression[++i];
                    if (escaped is not ('(' or ')' or '\\') && !char.IsWhiteSpace(escaped))
                    {
                        throw Error($"Illegal escape before \"{escaped}\".");
                    }

                    current.Append(escaped);
                }
                else if (c is '(' or ')' || char.IsWhiteSpace(c))
                {
                    Flush();
                    if (!char.IsWhiteSpace(c))
                    {
                        tokens.Add(c.ToString());
                    }
                }
                else
                {
                    current.Append(c);
                }
            }

            Flush();
            return tokens;
        }

        private TagExpressionException Error(string what) =>
            new($"Tag expression \"{expression}\" could not be parsed because of syntax error: {what}");
    }
}
