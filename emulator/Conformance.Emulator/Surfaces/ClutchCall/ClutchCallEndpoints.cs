using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>
/// ClutchCall under <c>/clutchcall</c> (standing in for <c>https://app.clutchcall.dev</c>): tRPC
/// procedures at <c>/clutchcall/api/trpc/{procedure}</c>, Bearer auth. Unknown procedures → 404
/// NOT_FOUND and a query sent as POST (or a mutation as GET) → 405 METHOD_NOT_SUPPORTED, both
/// in tRPC's error envelope.
/// </summary>
public static class ClutchCallEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var trpc = app.MapGroup("/clutchcall/api/trpc").AddEndpointFilter(new SurfaceAuthFilter(Surface.ClutchCall, SurfaceAuth.Bearer));
        trpc.MapPost("/voice.calls.originate", ClutchCallHandlers.OriginateAsync).WithName("voice.calls.originate");
        trpc.MapGet("/voice.calls.get", ClutchCallHandlers.Get).WithName("voice.calls.get");
        trpc.MapPost("/voice.calls.transfer", ClutchCallHandlers.TransferAsync).WithName("voice.calls.transfer");
        trpc.MapPost("/voice.calls.hangup", ClutchCallHandlers.HangupAsync).WithName("voice.calls.hangup");
        trpc.MapPost("/voice.agents.attach", ClutchCallHandlers.AttachAsync).WithName("voice.agents.attach");
    }
}
