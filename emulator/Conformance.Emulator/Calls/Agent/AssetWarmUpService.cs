namespace Conformance.Emulator.Calls.Agent;

/// <summary>
/// RUN-005: the host does not start serving until the model's leg formats are encoded and the
/// agent's code is warm, so no call's first frames wait for either (Opus goes on in the background).
/// </summary>
internal sealed class AssetWarmUpService(ModelAssets assets) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => assets.WarmUpAsync().WaitAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
