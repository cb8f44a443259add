using System.Text.Json.Nodes;
using Conformance.Harness.Drivers;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>
/// A call the scenario placed: its surface and transport, the caller's leg, the surface's ids for
/// it (call id, websocketUrl, voice connection, sid…), and — on an emulator — the emulator's own
/// call id for its journal.
/// </summary>
public sealed class PlacedCall
{
    public PlacedCall(SurfaceName surface, CallTransport transport, ICallerLeg leg, string surfaceCallId, JsonObject details)
    {
        Surface = surface;
        Transport = transport;
        Leg = leg;
        SurfaceCallId = surfaceCallId;
        Details = details;
    }

    public SurfaceName Surface { get; }

    public CallTransport Transport { get; }

    public ICallerLeg Leg { get; }

    /// <summary>The id the surface gave the call (Omnia id, voice connection id, ClutchCall sid, OpenAI call id).</summary>
    public string SurfaceCallId { get; }

    /// <summary>The surface's response (websocketUrl, session id…).</summary>
    public JsonObject Details { get; }

    public string? Detail(string name) => Details[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
