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
    /// <summary>Thread-pool threads ready at once: every call runs two real-time loops (ticks and receive).</summary>
    public const int MinimumThreads = 64;

    public void ConfigureServices(RunServices services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Every call's tick loop resumes on the thread pool every 20 ms. The pool starts with one
        // thread per core and adds more only every half second or so when they are all busy, which
        // a few calls and their HTTP work reach at once on a two-core machine: the loops then stall
        // for hundreds of milliseconds and the agent hears holes in the caller's speech.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), Math.Max(io, MinimumThreads));
        services
            .AddSingleton(HarnessRunOptions.Default)
            .AddSingleton(new ScenarioGate())
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
