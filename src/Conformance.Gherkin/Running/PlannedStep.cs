using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Running;

/// <summary>A pickle step with its keyword and place in the file, and the definitions its text matches.</summary>
public sealed record PlannedStep(PickleStep Step, string Keyword, Location Location, StepMatchResult Match)
{
    public string Text => Step.Text;

    public override string ToString() => $"{Keyword}{Step.Text}";
}
