namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>On a line of kind <see cref="Token"/> (and, if a hint is given, what follows it), do the actions and go to <see cref="Target"/>.</summary>
internal sealed record ParserTransition(TokenType Token, LookaheadHint? Lookahead, IReadOnlyList<ParserAction> Actions, int Target);
