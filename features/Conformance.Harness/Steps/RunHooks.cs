using Conformance.Gherkin.Bindings;
using Conformance.Harness.Audio;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Steps;

/// <summary>Once per run, before any scenario.</summary>
public sealed class RunHooks(CallerAudioLibrary callerAudio, Target target, HarnessRunOptions options)
{
    [BeforeTestRun(Order = 0)]
    public void WarmUpMedia() => WarmUp.Media(callerAudio);

    [BeforeTestRun(Order = 1)]
    public Task WarmUpCallsAsync(CancellationToken cancellationToken) => WarmUpCalls.RunAsync(target, options, cancellationToken);
}
