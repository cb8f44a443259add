using Conformance.Gherkin.Running;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class SampleStartup : IRunStartup
{
    private int _starts;

    public void ConfigureServices(RunServices services) =>
        services.AddSingleton(async (_, cancellationToken) =>
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return new SampleRunService(Interlocked.Increment(ref _starts));
        });
}
