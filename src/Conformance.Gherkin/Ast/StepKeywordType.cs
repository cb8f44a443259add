namespace Conformance.Gherkin.Ast;

/// <summary>
/// What a step keyword means: Given = Context, When = Action, Then = Outcome, And/But = Conjunction;
/// Unknown when a keyword belongs to several kinds in its language (e.g. <c>* </c>).
/// </summary>
public enum StepKeywordType
{
    Unknown,
    Context,
    Action,
    Outcome,
    Conjunction,
}
