using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class SampleHooks(HookLog log)
{
    [BeforeScenario("@hooks")]
    public void EveryScenario() => log.Entries.Add("every scenario");

    [BeforeScenario("@hooks and @audio", Order = 1)]
    public void AudioScenarios() => log.Entries.Add("audio scenarios");

    [Then("the hooks that ran are {string}")]
    public void HooksThatRan(string expected) => Assert.Equal(expected, string.Join(", ", log.Entries));
}
