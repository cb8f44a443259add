using System.Collections.Concurrent;
using Conformance.Harness.Drivers;
using Conformance.Harness.Measuring;
using Conformance.Harness.Tests.Support;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Drivers;

/// <summary>
/// A late tick (our own loop stalled) takes in only what arrived by its due time, so the agent's
/// audio lands on the tick it arrived in, not on the first tick that ran after the stall. Driven
/// by a manual clock: no sockets, no sleeps.
/// </summary>
public sealed class CallerLegIntakeTests
{
    [Fact]
    public async Task LateTicks_MessagesArrivedDuringAStall_TakenAtTheTickTheyArrivedIn()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = new ManualTimeProvider();
        await using var leg = new ArrivalLeg(clock);
        leg.Begin();
        await leg.WaitForAsync(s => s.NowMs >= 20, 1000, "tick 0", timeout.Token);

        // Arrivals on the schedule (ms since tick 0 was due), then a 100 ms stall in one jump:
        // ticks 1–4 run late, back to back, tick 5 is on time.
        leg.Arrive(5, "a");
        leg.Arrive(50, "b");
        leg.Arrive(95, "c");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        await leg.WaitForAsync(s => s.NowMs >= 120, 1000, "tick 5", timeout.Token);
        await leg.EndAsync(clock, timeout.Token);

        // Tick n is due at n·20 ms; a late one takes what arrived by its due time + half a frame.
        Assert.Equal([("a", 1L), ("b", 2L), ("c", 5L)], leg.Taken.ToArray());
    }

    [Fact]
    public async Task OnTimeTick_TakesEverythingThatHasArrived()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var clock = new ManualTimeProvider();
        await using var leg = new ArrivalLeg(clock);
        leg.Begin();
        await leg.WaitForAsync(s => s.NowMs >= 20, 1000, "tick 0", timeout.Token);

        leg.Arrive(19.9, "a");
        leg.Arrive(20, "b");
        clock.Advance(TimeSpan.FromMilliseconds(20));
        await leg.WaitForAsync(s => s.NowMs >= 40, 1000, "tick 1", timeout.Token);
        await leg.EndAsync(clock, timeout.Token);

        Assert.Equal([("a", 1L), ("b", 1L)], leg.Taken.ToArray());
    }

    /// <summary>A leg whose "agent messages" are queued by the test with an arrival timestamp.</summary>
    private sealed class ArrivalLeg(TimeProvider time) : CallerLeg("test", 8000, new AgentEar(8000), time, new CallerLegOptions { UplinkLeadFrames = 0 })
    {
        private readonly ConcurrentQueue<(long At, string Label)> _inbound = new();

        public ConcurrentQueue<(string Label, long Tick)> Taken { get; } = new();

        public void Begin() => StartLoop();

        /// <summary>Queues a message stamped <paramref name="ms"/> after tick 0 was due (the clock has not moved since then).</summary>
        public void Arrive(double ms, string label) => _inbound.Enqueue((TimeSpan.FromMilliseconds(ms).Ticks, label));

        /// <summary>Hangs up on the next tick (the clock must move for the loop to get there).</summary>
        public async Task EndAsync(ManualTimeProvider clock, CancellationToken cancellationToken)
        {
            var ending = HangUpAsync(cancellationToken);
            clock.Advance(TimeSpan.FromMilliseconds(Options.FrameMs));
            await ending;
        }

        protected override ValueTask OnStartAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        protected override ValueTask OnUplinkAsync(long index, ReadOnlyMemory<short> frame, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        protected override ValueTask OnTickAsync(long tick, CancellationToken cancellationToken)
        {
            while (_inbound.TryPeek(out var next) && ArrivedByThisTick(ScheduleMs(next.At)))
            {
                _inbound.TryDequeue(out _);
                Taken.Enqueue((next.Label, tick));
            }

            State.Ear.AppendSilence(160);
            return ValueTask.CompletedTask;
        }

        protected override ValueTask OnDigitAsync(char digit, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        protected override ValueTask OnHangUpAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        protected override ValueTask DisposeCoreAsync() => ValueTask.CompletedTask;
    }
}
