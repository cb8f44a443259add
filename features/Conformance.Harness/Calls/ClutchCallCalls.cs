using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.Harness.Drivers;
using Conformance.Harness.Drivers.Callee;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Targets;
using Conformance.Streams.Generic;

namespace Conformance.Harness.Calls;

/// <summary>
/// ClutchCall outbound calls (vendors.md §3.2, <c>voice.calls.originate</c>): the harness is the
/// person called. On the emulator a number of its number plan (RUN-044) is routed to a loopback
/// WebSocket server of the scenario's own; the emulator dials it as a generic media-stream client
/// and the harness answers as the callee, speaking the generic socket's client side (the human's
/// audio up, the agent's audio down) with the same playout model as every other stream.
/// </summary>
public static class ClutchCallCalls
{
    /// <summary>The callee's rate both ways (the number plan's <c>pcm</c> codec).</summary>
    public const int CalleeSampleRate = 16000;

    /// <summary>How long the emulator may take to dial the callee after originate answered.</summary>
    public static TimeSpan DialTimeout { get; } = TimeSpan.FromSeconds(20);

    public static async Task<PlacedCall> PlaceAsync(
        TargetSession session, AgentDirectory agents, AgentPlan plan, CallTransport transport, CallerLegOptions? options, IList<IAsyncDisposable> owned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(owned);
        var control = session.Target.Control
            ?? throw new HarnessAssertionException(
                "A ClutchCall call to the harness's callee needs the emulator's number plan (PUT /_emulator/numbers/{number}); a real deployment cannot dial the harness's loopback server. Exclude @clutchcall call scenarios with the profile's tags.");

        var listener = LoopbackWebSocketListener.Start();
        owned.Add(listener);
        var number = UniqueNumber();
        await control.PutNumberAsync(number, new Uri(listener.BaseUri, "/callee/" + number.TrimStart('+')), CalleeSampleRate, cancellationToken);
        owned.Add(new NumberRoute(control, number));

        var clutchcall = await session.ClientAsync(SurfaceName.ClutchCall, cancellationToken);
        var input = new JsonObject
        {
            ["orgId"] = ClutchCallRequests.OrgId(session),
            ["to"] = number,
            ["from"] = session.Setting(SurfaceName.ClutchCall, "from") ?? "+15550001111",
            ["trunkId"] = session.Setting(SurfaceName.ClutchCall, "trunkId") ?? "trunk_main",
            ["agent"] = await agents.AgentIdAsync(SurfaceName.ClutchCall, plan, cancellationToken),
            ["ringTimeoutSec"] = 30,
        };
        var created = await clutchcall.SendAsync(ClutchCallRequests.Mutation("voice.calls.originate", input) with { Purpose = "originate a ClutchCall call to the harness's callee" }, cancellationToken);
        var data = created.Status == 200 && created.Json?["result"]?["data"] is JsonObject d
            ? d
            : throw new HarnessAssertionException($"ClutchCall did not originate the call (expected 200 with result.data): {created}");
        var sid = data["sid"]?.GetValue<string>() ?? throw new HarnessAssertionException($"ClutchCall originated a call without a sid: {created}");

        using var dial = new CancellationTokenSource(DialTimeout, session.Target.Time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, dial.Token);
        AcceptedSocket accepted;
        try
        {
            accepted = await listener.AcceptAsync(limit.Token);
        }
        catch (OperationCanceledException) when (dial.IsCancellationRequested)
        {
            throw new TimeoutException($"ClutchCall call {sid} to {number}: the callee was not dialled within {DialTimeout.TotalSeconds:0} s of originate.");
        }

        var format = new GenericStreamFormat(CalleeSampleRate, CalleeSampleRate);
        var leg = MediaStreamCall.Start(accepted.Socket, new GenericProvider(format), session.Target.Time, options);
        return new PlacedCall(SurfaceName.ClutchCall, transport, leg, sid, (JsonObject)data.DeepClone());
    }

    /// <summary>A number in the fictional 555-01xx-style range no other scenario uses (the plan is emulator-wide).</summary>
    private static string UniqueNumber() =>
        "+1555" + RandomNumberGenerator.GetInt32(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Takes the scenario's number out of the plan again.</summary>
    private sealed class NumberRoute(Emulator.EmulatorControl control, string number) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await control.DeleteNumberAsync(number, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or Emulator.EmulatorControlException)
            {
                // The emulator may already be gone at the end of a run; the plan goes with it.
            }
        }
    }
}
