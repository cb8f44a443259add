namespace Conformance.Gherkin.Pickles;

/// <summary>The meaning of a compiled step: And/But inherit it from the step before.</summary>
public enum PickleStepType
{
    Unknown,
    Context,
    Action,
    Outcome,
}
