using System.Text.Json.Nodes;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Calls;

/// <summary>ClutchCall's tRPC procedures (vendors.md §3.1–3.2): mutations POST their input, queries GET <c>?input=</c>.</summary>
public static class ClutchCallRequests
{
    public static string OrgId(TargetSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Setting(SurfaceName.ClutchCall, "orgId") ?? throw new HarnessAssertionException("The target profile names no ClutchCall orgId.");
    }

    public static RestRequest Get(TargetSession session, string sid) =>
        RestRequest.Get("/api/trpc/voice.calls.get?input=" + Uri.EscapeDataString(new JsonObject { ["orgId"] = OrgId(session), ["sid"] = sid }.ToJsonString()))
            with { Purpose = "voice.calls.get" };

    public static RestRequest Mutation(string procedure, JsonObject input) =>
        RestRequest.Post("/api/trpc/" + procedure, input) with { Purpose = procedure };
}
