using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>
/// Real-time scenarios on a shared 2-core machine: when an attempt's assertions fail and the
/// caller's own 20 ms clock was stalled by more than <see cref="StallMs"/> (the process did not
/// run, so the audio it sent was late), the attempt says so and runs again — at most
/// <see cref="Attempts"/> times. A failure without a stall fails at once: tolerances never widen.
/// </summary>
internal static class StallRetry
{
    public const double StallMs = 100;
    public const int Attempts = 3;

    public static async Task RunAsync(ITestOutputHelper output, Func<Action<StreamCaller>, Task> attempt)
    {
        for (var n = 1; ; n++)
        {
            StreamCaller? caller = null;
            try
            {
                await attempt(c => caller = c);
                return;
            }
            catch (XunitException e) when (n < Attempts && caller is { MaxTickLateMs: > StallMs })
            {
                output.WriteLine($"attempt {n} failed while the caller's clock stalled {caller.MaxTickLateMs:0} ms at {caller.MaxTickLateAtMs:0} ms: {e.Message.Split('\n')[0]}; running it again");
            }
        }
    }
}
