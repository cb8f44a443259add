using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class ContextSteps(CallContext context)
{
    [Given("the call context notes {string}")]
    public void Notes(string note) => context.Notes.Add(note);

    [Then("the call context reads {string}")]
    public void Reads(string expected) => Assert.Equal(expected, string.Join(", ", context.Notes));

    [Then("the call context is empty")]
    public void IsEmpty() => Assert.Empty(context.Notes);
}
