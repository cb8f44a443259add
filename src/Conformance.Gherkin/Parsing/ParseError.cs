using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// One problem in a feature file. <see cref="Message"/> is exactly the reference parser's text,
/// <c>(line:column): what</c>, so it can be compared with Cucumber's corpus; the location has no
/// column at end of file (and the message then reads <c>(line:0)</c>).
/// </summary>
public sealed record ParseError(ParseErrorKind Kind, Location Location, string Message)
{
    internal static ParseError At(ParseErrorKind kind, Location location, string what) =>
        new(kind, location, $"({location.Line}:{location.Column ?? 0}): {what}");

    public override string ToString() => Message;
}
