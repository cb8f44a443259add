using Conformance.Emulator.Calls.Agent;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Calls.Media;
using Conformance.Emulator.Calls.Numbers;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls;

/// <summary>
/// Installs the call runtime in the emulator's composition root: the shared media clock (on the
/// lease clock's inner provider, which control-plane clock moves never shift), the model assets,
/// the recordings, the runtime as the REST layer's <see cref="ICallRuntime"/>, and the media
/// deviations in the registry (before the config's deviations are switched on).
/// </summary>
public static class CallRuntimeServices
{
    public static void Add(IServiceCollection services, CallRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        EnsureThreads();
        services.AddSingleton(options ?? new CallRuntimeOptions());
        services.AddSingleton(sp => new MediaClock(sp.GetRequiredService<LeaseClock>().Inner));
        services.AddSingleton(sp => ModelAssets.Shared(sp.GetRequiredService<EmulatorConfig>().PersonasDirectory ?? FilePersonaCatalog.FindDefaultDirectory()));
        services.AddHostedService<AssetWarmUpService>();
        services.AddSingleton(sp =>
        {
            var plan = new NumberPlan();
            plan.Load(sp.GetRequiredService<EmulatorConfig>().NumberPlan);
            return plan;
        });
        services.AddSingleton(sp => new RecordingStore(sp.GetRequiredService<CallRuntimeOptions>().KeptRecordings));
        services.AddSingleton(sp =>
        {
            var registry = new DeviationRegistry(sp.GetRequiredService<LeaseClock>());
            foreach (var descriptor in MediaDeviations.All)
            {
                registry.Register(descriptor);
            }

            return registry;
        });
        services.AddSingleton(sp => new CallServices(
            sp.GetRequiredService<ICallControl>(),
            sp.GetRequiredService<ModelAssets>(),
            sp.GetRequiredService<MediaClock>(),
            sp.GetRequiredService<DeviationRegistry>(),
            sp.GetRequiredService<RecordingStore>(),
            sp.GetRequiredService<CallRuntimeOptions>(),
            sp.GetRequiredService<NumberPlan>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Conformance.Emulator.Calls")));
        services.AddSingleton<CallRuntime>();
        services.AddSingleton<ICallRuntime>(sp => sp.GetRequiredService<CallRuntime>());
    }

    /// <summary>
    /// RUN-004: call actors are short async steps on the thread pool, due every 20 ms. The pool
    /// starts with one worker per core and adds one about every 500 ms when its threads are
    /// busy or blocked (DTLS handshakes block a thread each; so do some hosts' own loops): on a
    /// 2-core machine that froze every call for up to a second. Start with enough workers instead.
    /// </summary>
    private static void EnsureThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = Math.Clamp(Environment.ProcessorCount * 8, 16, 64);
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, Math.Max(io, wanted));
        }
    }
}
