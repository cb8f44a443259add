using Conformance.Harness.Targets;

namespace Conformance.Harness.Tests.Targets;

public sealed class ScenarioGateTests
{
    [Fact]
    public async Task EnterAsync_SharedEntries_AreInsideTogether()
    {
        var gate = new ScenarioGate();

        await using var a = await gate.EnterAsync(false, CancellationToken.None);
        await using var b = await gate.EnterAsync(false, CancellationToken.None);

        Assert.Equal((2, false), gate.Occupancy);
    }

    [Fact]
    public async Task EnterAsync_Exclusive_WaitsForEverySharedEntryToLeave()
    {
        var gate = new ScenarioGate();
        var a = await gate.EnterAsync(false, CancellationToken.None);
        var b = await gate.EnterAsync(false, CancellationToken.None);

        var alone = gate.EnterAsync(true, CancellationToken.None);
        Assert.False(alone.IsCompleted);
        await a.DisposeAsync();
        Assert.False(alone.IsCompleted);
        await b.DisposeAsync();

        await using var entry = await alone;
        Assert.Equal((0, true), gate.Occupancy);
    }

    [Fact]
    public async Task EnterAsync_SharedBehindAWaitingExclusive_WaitsItsTurn()
    {
        var gate = new ScenarioGate();
        var first = await gate.EnterAsync(false, CancellationToken.None);
        var alone = gate.EnterAsync(true, CancellationToken.None);

        var later = gate.EnterAsync(false, CancellationToken.None);
        Assert.False(later.IsCompleted);

        await first.DisposeAsync();
        var exclusive = await alone;
        Assert.False(later.IsCompleted);
        await exclusive.DisposeAsync();
        await using var entry = await later;
        Assert.Equal((1, false), gate.Occupancy);
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_LeavesTheQueueForOthers()
    {
        var gate = new ScenarioGate();
        var first = await gate.EnterAsync(false, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var alone = gate.EnterAsync(true, cancel.Token);
        var later = gate.EnterAsync(false, CancellationToken.None);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => alone);
        await using var entry = await later;
        Assert.Equal((2, false), gate.Occupancy);
        await first.DisposeAsync();
    }

    [Fact]
    public async Task DisposeAsync_Twice_LeavesOnce()
    {
        var gate = new ScenarioGate();
        var a = await gate.EnterAsync(false, CancellationToken.None);
        await using var b = await gate.EnterAsync(false, CancellationToken.None);

        await a.DisposeAsync();
        await a.DisposeAsync();

        Assert.Equal((1, false), gate.Occupancy);
    }
}
