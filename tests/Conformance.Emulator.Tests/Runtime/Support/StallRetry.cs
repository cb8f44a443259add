using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// Real-time scenarios on a shared 2-core machine. An attempt whose assertions fail runs again
/// (at most <see cref="Attempts"/> times, each retry logged with its evidence) only when the
/// machine, not the product, is proven to have stalled during it: the caller's own 20 ms clock
/// (a loop the emulator does not run) fell more than <see cref="StallMs"/> behind, AND the
/// emulator journaled an actor stall (<c>media.actor.stalled</c>) of more than
/// <see cref="StallMs"/> in the same call — both independent loops frozen at once. A product
/// that stalls on its own (the caller's clock on time) or is simply wrong fails at once;
/// tolerances never widen, and a wrong product fails every attempt anyway.
/// </summary>
internal static class StallRetry
{
    public const double StallMs = 50;
    public const int Attempts = 3;

    public static async Task RunAsync(ITestOutputHelper output, Func<StallEvidence, Task> attempt)
    {
        for (var n = 1; ; n++)
        {
            var evidence = new StallEvidence();
            try
            {
                await attempt(evidence);
                return;
            }
            catch (XunitException e) when (n < Attempts && evidence.MachineStalled(StallMs) is { } proof)
            {
                output.WriteLine($"RETRY: attempt {n} failed while the machine stalled ({proof}): {e.Message.Split('\n')[0]}; running it again");
            }
        }
    }
}
