namespace Conformance.Emulator.Tests.Support;

/// <summary>One in-process emulator per test class; tests isolate themselves with their own tenant (<see cref="TestTenant"/>).</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private InProcessEmulator? _emulator;

    public InProcessEmulator Emulator => _emulator ?? throw new InvalidOperationException("fixture not started");

    public EmulatorClient Client => Emulator.Client;

    public async Task InitializeAsync() => _emulator = await InProcessEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}
