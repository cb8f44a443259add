namespace Conformance.Harness.Steps;

/// <summary>A scenario's place in the run's gate (see <see cref="GateHooks"/>); given back when the scenario ends, whatever happened.</summary>
public sealed class GatePass : IAsyncDisposable
{
    public IAsyncDisposable? Entry { get; set; }

    public ValueTask DisposeAsync()
    {
        var entry = Entry;
        Entry = null;
        return entry?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
