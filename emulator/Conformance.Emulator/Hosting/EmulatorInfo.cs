using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Hosting;

/// <summary>
/// What a client needs to use this emulator: per-surface base URLs (the stand-ins for each
/// vendor's base URL), how each authenticates, and every tenant's keys and seeded ids. Printed
/// on the READY line and served at <c>GET /_emulator/info</c> (CTL-HOST-002).
/// </summary>
public static class EmulatorInfo
{
    public static JsonObject Build(string baseUrl, EmulatorStore store, ICallRuntime runtime, IWebRtcAnswerer answerer)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(answerer);
        var surfaces = new JsonObject();
        foreach (var surface in SurfaceNames.Vendors)
        {
            surfaces[SurfaceNames.Name(surface)] = new JsonObject
            {
                ["baseUrl"] = baseUrl + SurfaceNames.Prefix(surface),
                ["vendorBaseUrl"] = SurfaceNames.VendorBaseUrl(surface),
                ["auth"] = surface == Surface.Omnia ? "X-API-Key: <key>" : "Authorization: Bearer <key>",
            };
        }

        var tenants = new JsonArray();
        lock (store.Sync)
        {
            foreach (var tenant in store.Tenants)
            {
                var keys = new JsonObject();
                foreach (var key in store.KeysOf(tenant.Id))
                {
                    var name = SurfaceNames.Name(key.Surface);
                    keys[name] ??= key.Key;
                }

                tenants.Add(new JsonObject
                {
                    ["id"] = tenant.Id,
                    ["keys"] = keys,
                    ["everrunsOrgId"] = tenant.EverrunsOrgId,
                    ["everrunsAgents"] = Ids(tenant.EverrunsAgents.Keys),
                    ["everrunsProviders"] = new JsonArray([.. tenant.Providers.Values.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["driver"] = p.Driver, ["realtime"] = p.HasRealtime })]),
                    ["omniaAgents"] = Ids(tenant.OmniaAgents.Keys),
                    ["omniaNumbers"] = new JsonArray([.. tenant.OmniaNumbers.Select(n => (JsonNode)new JsonObject { ["id"] = n.Id, ["number"] = n.Number })]),
                    ["clutchcallOrgId"] = tenant.ClutchCallOrgId,
                    ["clutchcallTrunks"] = Ids(tenant.ClutchCallTrunks),
                    ["clutchcallAgents"] = Ids(tenant.ClutchCallAgents.Keys),
                    ["voiceaiAgents"] = Ids(tenant.VoiceAiAgents.Keys),
                    ["livekit"] = new JsonObject { ["apiKey"] = tenant.LiveKit.ApiKey, ["apiSecret"] = tenant.LiveKit.ApiSecret },
                });
            }
        }

        return new JsonObject
        {
            ["baseUrl"] = baseUrl,
            ["pid"] = Environment.ProcessId,
            ["control"] = baseUrl + SurfaceNames.Prefix(Surface.Control),
            ["surfaces"] = surfaces,
            ["tenants"] = tenants,
            ["runtime"] = new JsonObject { ["installed"] = runtime.IsInstalled, ["description"] = runtime.Description },
            ["webrtc"] = new JsonObject { ["available"] = answerer.IsAvailable },
        };
    }

    private static JsonArray Ids(IEnumerable<string> ids) => new([.. ids.Order(StringComparer.Ordinal).Select(i => (JsonNode)JsonValue.Create(i))]);
}
