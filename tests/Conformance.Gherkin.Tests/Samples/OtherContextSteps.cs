using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class OtherContextSteps(CallContext context)
{
    [When("another step class notes {string}")]
    public void AnotherNotes(string note) => context.Notes.Add(note);
}
