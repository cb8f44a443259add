using Conformance.Gherkin.XunitAdapter;
using Conformance.Harness;

namespace Conformance.Harness.Tests.Suite;

// The suite against the emulator target, every pickle its own xunit test (the Gherkin adapter),
// split by behaviour into classes so xunit runs them side by side (each class is a collection
// with its own run: its own emulator process, its own tenants per scenario). They run side by
// side with each other, but not with the suite-level tests (SuiteExclusion).

public sealed class ContractScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class TurnTimingScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@turn-timing and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class BargeInScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@barge-in and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class CodecScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@codec and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class LifecycleScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@lifecycle and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}
