using Conformance.Gherkin.XunitAdapter;

namespace Conformance.Gherkin.Tests.Samples;

/// <summary>
/// The sample features in Features/, one xunit test per pickle ("Turn budgets › …"), run by the
/// adapter. @wip pickles are left out by the tag expression, so they are not tests at all.
/// </summary>
public sealed class SampleFeatures(GherkinRun run) : IClassFixture<GherkinRun>
{
    [GherkinScenarios("Features", Tags = "not @wip")]
    public void Scenarios() => run.RunByTheAdapter();
}
