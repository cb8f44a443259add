using Conformance.Harness.Targets;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The real-time suite runs of this project take turns with each other: the xunit-hosted
/// classes run side by side (shared), the five-runs and deviation tests each run alone
/// (exclusive), and so do the driver tests that assert timing over real sockets
/// (<see cref="RealTimeDrivers"/>). Two cores cannot carry all of them at once without the caller legs stalling, and
/// a stalled leg is a measurement error, not the agent's.
/// </summary>
public static class SuiteExclusion
{
    private static readonly ScenarioGate s_gate = new();

    /// <summary>Waits (without a limit: the others finish) until nothing else of the suite runs.</summary>
    public static Task<IAsyncDisposable> AloneAsync() => s_gate.EnterAsync(exclusive: true, CancellationToken.None);

    /// <summary>A collection of timing-sensitive tests that runs alone, for as long as it runs.</summary>
    public sealed class Alone : IAsyncLifetime
    {
        private IAsyncDisposable? _entry;

        public async Task InitializeAsync() => _entry = await AloneAsync();

        public async Task DisposeAsync()
        {
            if (_entry is not null)
            {
                await _entry.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Hosted classes running at once. Each has its own emulator process; eight at once (with
    /// their first calls compiling) overloaded two cores — the agents' audio arrived with holes —
    /// and five still did now and then on a clean 2-core machine (a late reply on the browser, a
    /// cut continuer), so three.
    /// </summary>
    public const int HostedClassesAtOnce = 3;

    private static readonly SemaphoreSlim s_hosted = new(HostedClassesAtOnce);

    /// <summary>A hosted class's place for as long as it runs.</summary>
    public sealed class SideBySide : IAsyncLifetime
    {
        private IAsyncDisposable? _entry;
        private bool _counted;

        public async Task InitializeAsync()
        {
            await s_hosted.WaitAsync();
            _counted = true;
            _entry = await s_gate.EnterAsync(exclusive: false, CancellationToken.None);
        }

        public async Task DisposeAsync()
        {
            if (_entry is not null)
            {
                await _entry.DisposeAsync();
            }

            if (_counted)
            {
                s_hosted.Release();
            }
        }
    }
}
