using Conformance.Harness.Drivers;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>
/// One throwaway call per transport family before a run's first scenario, on the emulator target:
/// the first call through a fresh emulator process (and a fresh harness) compiles and loads its
/// whole media path — the call actor, the codecs, DTLS — hundreds of milliseconds of CPU that
/// otherwise land inside the first measured calls as a stall. Runs in one process (the hosted
/// suite's classes start together) take turns, so their warm-ups never pile up.
/// </summary>
public static class WarmUpCalls
{
    private static readonly SemaphoreSlim s_oneAtATime = new(1, 1);
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Target, Task> s_warmed = [];

    /// <summary>How much of the greeting each warm-up call waits to hear.</summary>
    public const double HeardMs = 600;

    /// <summary>Warms the target once (runs sharing a started target, like the deviation test's, warm it once).</summary>
    public static Task RunAsync(Target target, HarnessRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);

        // A real deployment is warm already; its calls would cost money.
        return target.Control is null ? Task.CompletedTask : s_warmed.GetValue(target, t => WarmAsync(t, options, cancellationToken));
    }

    private static async Task WarmAsync(Target target, HarnessRunOptions options, CancellationToken cancellationToken)
    {
        await s_oneAtATime.WaitAsync(cancellationToken);
        try
        {
            // Without the run's deviations: the warm-up call must reach the greeting whatever they break.
            await using var session = new TargetSession(target, options with { Deviations = [] }, output: null);
            using var agents = new AgentDirectory(session);
            var greeter = AgentPlan.Greeter();
            // The leg formats most scenarios use: µ-law 8 kHz (Twilio, Plivo, Telnyx PCMU), PCM
            // 16 kHz (generic), Opus (WebRTC). A fresh emulator was seen sending the first call's
            // greeting 80 ms behind the clip start its journal records.
            foreach (var kind in new[] { CallTransportKind.Twilio, CallTransportKind.Generic })
            {
                var stream = await OmniaCalls.PlaceAsync(session, agents, greeter, new CallTransport(kind), null, cancellationToken);
                await HearAndHangUpAsync(stream.Leg, cancellationToken);
            }

            var webRtc = await WebRtcCalls.PlaceEverrunsAsync(session, agents, greeter, new CallTransport(CallTransportKind.WebRtc), null, cancellationToken);
            await HearAndHangUpAsync(webRtc.Leg, cancellationToken);
        }
        finally
        {
            s_oneAtATime.Release();
        }
    }

    private static async Task HearAndHangUpAsync(ICallerLeg leg, CancellationToken cancellationToken)
    {
        await using (leg)
        {
            await leg.WaitForAsync(s => s.Ear.PlayedMsFrom(0) >= HeardMs, 10_000, "the warm-up call's greeting", cancellationToken);
            await leg.HangUpAsync(cancellationToken);
        }
    }
}
