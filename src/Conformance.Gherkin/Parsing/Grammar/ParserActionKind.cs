namespace Conformance.Gherkin.Parsing.Grammar;

internal enum ParserActionKind
{
    StartRule,
    EndRule,
    Build,
}
