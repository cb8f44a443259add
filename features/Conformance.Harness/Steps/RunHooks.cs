using Conformance.Gherkin.Bindings;
using Conformance.Harness.Audio;
using Conformance.Harness.Drivers;

namespace Conformance.Harness.Steps;

/// <summary>Once per run, before any scenario.</summary>
public sealed class RunHooks(CallerAudioLibrary callerAudio)
{
    [BeforeTestRun]
    public void WarmUpMedia() => WarmUp.Media(callerAudio);
}
