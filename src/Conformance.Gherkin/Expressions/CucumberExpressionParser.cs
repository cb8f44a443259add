using System.Text;

namespace Conformance.Gherkin.Expressions;

/// <summary>
/// Parses a Cucumber expression (cucumber-expressions' grammar):
/// <code>
/// expression  := (alternation | optional | parameter | text)*
/// alternation := alternative ('/' alternative)+     bounded by whitespace, '}' / '{' or the ends
/// alternative := (optional | text)+                 with at least one text
/// optional    := '(' (text)+ ')'                    no parameter, optional or '/' inside
/// parameter   := '{' name '}'
/// escapes     := '\' before one of { } ( ) \ / or whitespace
/// </code>
/// An unmatched ')' or '}' is text.
/// </summary>
internal sealed class CucumberExpressionParser(string expression)
{
    private readonly List<(char? Symbol, int Start, string Text)> _tokens = [];
    private int _position;

    public IReadOnlyList<ExpressionNode> Parse()
    {
        Tokenize();
        var nodes = new List<ExpressionNode>();
        while (_position < _tokens.Count)
        {
            nodes.Add(ParseItem(inOptional: false));
        }

        return GroupAlternations(nodes);
    }

    // '\' makes the next character text; runs of text and runs of whitespace become one token.
    private void Tokenize()
    {
        var text = new StringBuilder();
        var textStart = 0;
        var textIsWhitespace = false;
        void Flush()
        {
            if (text.Length > 0)
            {
                _tokens.Add((textIsWhitespace ? ' ' : null, textStart, text.ToString()));
                text.Clear();
            }
        }

        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            var escaped = false;
            if (c == '\\')
            {
                if (i + 1 >= expression.Length)
                {
                    throw CucumberExpressionException.At(expression, i, 1, "The end of line can not be escaped", "You can use '\\\\' to escape the '\\'");
                }

                c = expression[++i];
                if (c is not ('{' or '}' or '(' or ')' or '\\' or '/') && !char.IsWhiteSpace(c))
                {
                    throw CucumberExpressionException.At(
                        expression,
                        i - 1,
                        1,
                        "Only the characters '{', '}', '(', ')', '\\', '/' and whitespace can be escaped",
                        "If you did mean to use an '\\' you can use '\\\\' to escape it");
                }

                escaped = true;
            }

            if (!escaped && c is '{' or '}' or '(' or ')' or '/')
            {
                Flush();
                _tokens.Add((c, i, c.ToString()));
                continue;
            }

            var isWhitespace = !escaped && char.IsWhiteSpace(c);
            if (text.Length > 0 && isWhitespace != textIsWhitespace)
            {
                Flush();
            }

            if (text.Length == 0)
            {
                textStart = escaped ? i - 1 : i;
                textIsWhitespace = isWhitespace;
            }

            text.Append(c);
        }

        Flush();
    }

    private ExpressionNode ParseItem(bool inOptional)
    {
        var (symbol, start, text) = _tokens[_position];
        switch (symbol)
        {
            case '(':
                return ParseOptional(inOptional);
            case '{':
                if (inOptional)
                {
                    throw CucumberExpressionException.At(
                        expression, start, 1, "An optional may not contain a parameter type",
                        "If you did not mean to use an parameter type you can use '\\{' to escape the '{'");
                }

                return ParseParameter();
            case '/' when inOptional:
                throw CucumberExpressionException.At(
                    expression, start, 1, "An alternation can not be used inside an optional",
                    "If you did not mean to use an alternation you can use '\\/' to escape the '/'. Otherwise rephrase your expression or consider using a regular expression instead.");
            case '/':
                _position++;
                return ExpressionNode.Leaf(ExpressionNodeKind.AlternativeSeparator, start, start + 1, text);
            case ' ':
                _position++;
                return ExpressionNode.Leaf(ExpressionNodeKind.Whitespace, start, start + text.Length, text);
            default:
                _position++;
                return ExpressionNode.Leaf(ExpressionNodeKind.Text, start, start + text.Length, text);
        }
    }

    private ExpressionNode ParseOptional(bool inOptional)
    {
        var start = _tokens[_position].Start;
        if (inOptional)
        {
            throw CucumberExpressionException.At(
                expression, start, 1, "An optional may not contain an other optional",
                "If you did not mean to use an optional type you can use '\\(' to escape the '('. For more complicated expressions consider using a regular expression instead.");
        }

        _position++;
        var children = new List<ExpressionNode>();
        while (_position < _tokens.Count && _tokens[_position].Symbol != ')')
        {
            children.Add(ParseItem(inOptional: true));
        }

        if (_position >= _tokens.Count)
        {
            throw CucumberExpressionException.At(
                expression, start, 1, "The '(' does not have a matching ')'",
                "If you did not intend to use optional text you can use '\\(' to escape the optional text");
        }

        var end = _tokens[_position++].Start + 1;
        if (!children.Any(c => c.Kind == ExpressionNodeKind.Text))
        {
            throw CucumberExpressionException.At(
                expression, start, end - start, "An optional must contain some text",
                "If you did not mean to use an optional you can use '\\(' to escape the '('");
        }

        return new ExpressionNode(ExpressionNodeKind.Optional, start, end, expression[start..end], children);
    }

    private ExpressionNode ParseParameter()
    {
        var start = _tokens[_position++].Start;
        var name = new StringBuilder();
        while (_position < _tokens.Count && _tokens[_position].Symbol != '}')
        {
            var token = _tokens[_position++];
            if (token.Symbol is '{' or '(' or ')' or '/' || token.Text.Contains('\\', StringComparison.Ordinal))
            {
                throw CucumberExpressionException.At(
                    expression, token.Start, 1, "Parameter names may not contain '{', '}', '(', ')', '\\' or '/'",
                    "Did you mean to use a regular expression?");
            }

            name.Append(token.Text);
        }

        if (_position >= _tokens.Count)
        {
            throw CucumberExpressionException.At(
                expression, start, 1, "The '{' does not have a matching '}'",
                "If you did not intend to use a parameter you can use '\\{' to escape the a parameter");
        }

        var end = _tokens[_position++].Start + 1;
        return ExpressionNode.Leaf(ExpressionNodeKind.Parameter, start, end, name.ToString());
    }

    // Between boundaries (whitespace, parameters, the ends), items separated by '/' are one
    // alternation.
    private List<ExpressionNode> GroupAlternations(List<ExpressionNode> nodes)
    {
        var result = new List<ExpressionNode>();
        var run = new List<ExpressionNode>();
        void FlushRun()
        {
            if (run.Any(n => n.Kind == ExpressionNodeKind.AlternativeSeparator))
            {
                result.Add(Alternation(run));
            }
            else
            {
                result.AddRange(run);
            }

            run.Clear();
        }

        foreach (var node in nodes)
        {
            if (node.Kind is ExpressionNodeKind.Whitespace or ExpressionNodeKind.Parameter)
            {
                FlushRun();
                result.Add(node);
            }
            else
            {
                run.Add(node);
            }
        }

        FlushRun();
        return result;
    }

    private ExpressionNode Alternation(List<ExpressionNode> run)
    {
        var alternatives = new List<ExpressionNode>();
        var current = new List<ExpressionNode>();
        var currentStart = run[0].Start;
        void Close(int end)
        {
            if (current.Count == 0)
            {
                throw CucumberExpressionException.At(
                    expression, currentStart, 1, "Alternative may not be empty",
                    "If you did not mean to use an alternative you can use '\\/' to escape the '/'");
            }

            if (!current.Any(n => n.Kind == ExpressionNodeKind.Text))
            {
                throw CucumberExpressionException.At(
                    expression, currentStart, end - currentStart, "An alternative may not exclusively contain optionals",
                    "If you did not mean to use an optional you can use '\\(' to escape the '('");
            }

            alternatives.Add(new ExpressionNode(ExpressionNodeKind.Alternative, currentStart, end, expression[currentStart..end], [.. current]));
            current.Clear();
        }

        foreach (var node in run)
        {
            if (node.Kind == ExpressionNodeKind.AlternativeSeparator)
            {
                Close(node.Start);
                currentStart = node.End;
            }
            else
            {
                current.Add(node);
            }
        }

        Close(run[^1].End);
        return new ExpressionNode(ExpressionNodeKind.Alternation, run[0].Start, run[^1].End, expression[run[0].Start..run[^1].End], alternatives);
    }
}
