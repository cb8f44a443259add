using Conformance.Harness.Emulator;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Tests.Suite;

/// <summary>One emulator process shared by a test class's runs (each scenario still gets its own tenant).</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private EmulatorProcess? _process;

    public Target Target { get; private set; } = null!;

    public EmulatorProcess Process => _process ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _process = await EmulatorProcess.StartAsync(TimeProvider.System, TimeSpan.FromSeconds(90), CancellationToken.None);
        Target = Target.ForEmulator(_process.Info, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        if (Target is not null)
        {
            await Target.DisposeAsync();
        }

        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
    }
}
