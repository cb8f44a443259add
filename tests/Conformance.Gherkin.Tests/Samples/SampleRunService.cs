namespace Conformance.Gherkin.Tests.Samples;

/// <summary>A run-scoped service (think: the emulator process), made once by an async factory.</summary>
public sealed class SampleRunService(int startNumber) : IAsyncDisposable
{
    public int StartNumber { get; } = startNumber;

    public bool Disposed { get; private set; }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}
