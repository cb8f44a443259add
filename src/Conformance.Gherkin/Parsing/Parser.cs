using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing.Grammar;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Runs the state machine over the lines of one file. On an unexpected line it records an error
/// and stays in its state, so every error in the file is reported (duplicates once; it gives up
/// after more than ten, as the reference parsers do).
/// </summary>
internal sealed class Parser
{
    private const int MaxErrors = 10;

    private readonly IReadOnlyList<ParserState> _states = ParserAutomaton.Gherkin.States;
    private readonly ITokenMatcher _matcher;
    private readonly AstBuilder _builder;
    private readonly TokenScanner _scanner;
    private readonly Queue<Token> _queue = new();
    private readonly List<ParseError> _errors = [];

    public Parser(string source, ITokenMatcher matcher, IIdGenerator ids)
    {
        _matcher = matcher;
        _matcher.Reset();
        _builder = new AstBuilder(ids);
        _scanner = new TokenScanner(source);
    }

    /// <summary>Sees every token as the parser consumes it (for token-stream tests).</summary>
    public Action<Token>? TokenConsumed { get; init; }

    public (GherkinDocument? Document, IReadOnlyList<ParseError> Errors) Parse(string uri)
    {
        try
        {
            _builder.StartRule(RuleType.GherkinDocument);
            var state = 0;
            while (true)
            {
                var token = Read();
                state = MatchToken(state, token);
                if (token.IsEof)
                {
                    break;
                }
            }

            HandleBuilderErrors(_builder.EndRule);
        }
        catch (TooManyErrorsException)
        {
        }

        return _errors.Count > 0 ? (null, _errors) : (_builder.Result(uri), []);
    }

    private Token Read() => _queue.Count > 0 ? _queue.Dequeue() : _scanner.Read();

    private int MatchToken(int stateId, Token token)
    {
        var state = _states[stateId];
        foreach (var transition in state.Transitions)
        {
            if (!Match(transition.Token, token) || (transition.Lookahead is { } hint && !LookAhead(hint)))
            {
                continue;
            }

            foreach (var action in transition.Actions)
            {
                switch (action.Kind)
                {
                    case ParserActionKind.StartRule:
                        _builder.StartRule(action.Rule);
                        break;
                    case ParserActionKind.EndRule:
                        HandleBuilderErrors(_builder.EndRule);
                        break;
                    default:
                        TokenConsumed?.Invoke(token);
                        _builder.Build(token);
                        break;
                }
            }

            return transition.Target;
        }

        if (token.IsEof)
        {
            AddError(ParseError.At(
                ParseErrorKind.UnexpectedEndOfFile, new Location(token.LineNumber, token.Column), $"unexpected end of file, expected: {state.ExpectedTokens}"));
        }
        else
        {
            AddError(ParseError.At(
                ParseErrorKind.UnexpectedToken,
                new Location(token.LineNumber, token.Line!.Indent + 1),
                $"expected: {state.ExpectedTokens}, got '{GherkinWhitespace.Trim(token.Value)}'"));
        }

        return stateId;
    }

    private bool Match(TokenType type, Token token)
    {
        if (token.IsEof && type != TokenType.EOF)
        {
            return false;
        }

        try
        {
            return _matcher.Match(type, token);
        }
        catch (GherkinSyntaxException e)
        {
            AddError(e.Error);
            return false;
        }
    }

    // Reads ahead past skippable lines to see whether the expected kind comes next; the lines
    // read are put back.
    private bool LookAhead(LookaheadHint hint)
    {
        var read = new List<Token>();
        var found = false;
        Token token;
        do
        {
            token = Read();
            read.Add(token);
            if (Match(hint.Expected, token))
            {
                found = true;
                break;
            }
        }
        while (hint.Skip.Any(skip => Match(skip, token)));

        foreach (var t in read)
        {
            _queue.Enqueue(t);
        }

        return found;
    }

    private void HandleBuilderErrors(Action action)
    {
        try
        {
            action();
        }
        catch (GherkinSyntaxException e)
        {
            AddError(e.Error);
        }
    }

    private void AddError(ParseError error)
    {
        if (_errors.Any(e => e.Message == error.Message))
        {
            return;
        }

        _errors.Add(error);
        if (_errors.Count > MaxErrors)
        {
            throw new TooManyErrorsException();
        }
    }

    private sealed class TooManyErrorsException : Exception;
}
