namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>
/// A position in the grammar. Transitions are tried in order: end of file first, any line
/// (<c>#Other</c>) last. <see cref="ExpectedTokens"/> is what an error in this state lists.
/// </summary>
internal sealed record ParserState(int Id, string Path, IReadOnlyList<ParserTransition> Transitions, string ExpectedTokens);
