using Conformance.Gherkin.Running;
using Conformance.Harness.Audio;
using Conformance.Harness.Contract;
using Conformance.Harness.Targets;

namespace Conformance.Harness;

/// <summary>
/// The suite's run services, the same under every host (the xunit adapter, <c>conform run</c>,
/// the suite-level tests): the target from <c>$CONFORMANCE_TARGET</c> (<c>emulator</c>, the
/// default, or a profile JSON), started once per run. A host replaces either by registering its own
/// <see cref="TargetProfile"/>, <see cref="Target"/> or <see cref="HarnessRunOptions"/>.
/// </summary>
public sealed class HarnessStartup : IRunStartup
{
    public void ConfigureServices(RunServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services
            .AddSingleton(HarnessRunOptions.Default)
            .AddSingleton((_, _) => ValueTask.FromResult(CallerAudioLibrary.LoadDefault()))
            .AddSingleton((_, _) => ValueTask.FromResult(ModelClips.LoadDefault()))
            .AddSingleton((_, _) => ValueTask.FromResult(ContractBook.LoadDefault()))
            .AddSingleton((_, _) => ValueTask.FromResult(TargetProfile.FromEnvironment()))
            .AddSingleton(async (resolver, ct) => await Target.StartAsync(
                await resolver.GetAsync<TargetProfile>(ct),
                await resolver.GetAsync<HarnessRunOptions>(ct),
                await resolver.GetAsync<TimeProvider>(ct),
                ct));
    }
}
