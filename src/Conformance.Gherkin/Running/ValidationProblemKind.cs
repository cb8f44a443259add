namespace Conformance.Gherkin.Running;

public enum ValidationProblemKind
{
    ParseError,
    BindingProblem,
    UndefinedStep,
    AmbiguousStep,
}
