using Conformance.Gherkin.XunitAdapter;
using Conformance.Harness;

namespace Conformance.Harness.Tests.Suite;

// The suite against the emulator target, every pickle its own xunit test (the Gherkin adapter),
// split by behaviour (and the long behaviours by transport) into classes so xunit runs them side
// by side — each class is a collection with its own run: its own emulator process, its own tenants
// per scenario, one scenario at a time — at most SuiteExclusion.HostedClassesAtOnce at once,
// each class taking roughly the same time (measured: 60–115 s each). They run side by side with each other, but not with the
// suite-level tests (SuiteExclusion).

public sealed class ContractScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class TurnTimingCarrierScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@turn-timing and (@twilio or @telnyx or @plivo) and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class TurnTimingOtherScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@turn-timing and not (@twilio or @telnyx or @plivo) and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class BargeInTwilioScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@barge-in and @twilio and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class BargeInOtherScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@barge-in and not @twilio and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class CodecScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@codec and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class LifecycleSlowScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@lifecycle and @slow and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}

public sealed class LifecycleScenarios(GherkinRun run) : IClassFixture<GherkinRun>, IClassFixture<SuiteExclusion.SideBySide>
{
    [GherkinScenarios("features", Tags = "@lifecycle and not @slow and not @contract and not @wip", StepAssemblies = [typeof(HarnessStartup)], StepTimeoutSeconds = 120)]
    public void Scenarios() => run.RunByTheAdapter();
}
