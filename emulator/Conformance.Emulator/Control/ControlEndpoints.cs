namespace Conformance.Emulator.Control;

/// <summary>
/// The emulator's own control plane under <c>/_emulator</c>: no auth (loopback only), RFC 9457
/// errors. Everything here is also documented in openapi.json under the Emulator control tag.
/// </summary>
public static class ControlEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var c = app.MapGroup("/_emulator");
        c.MapGet("/health", ControlHandlers.Health).WithName("emulatorHealth");
        c.MapGet("/info", ControlHandlers.Info).WithName("emulatorInfo");
        c.MapGet("/diagnostics", ControlHandlers.Diagnostics).WithName("emulatorDiagnostics");
        c.MapPost("/reset", ControlHandlers.ResetAsync).WithName("emulatorReset");
        c.MapGet("/clock", ControlHandlers.Clock).WithName("getClock");
        c.MapPost("/clock/advance", ControlHandlers.AdvanceAsync).WithName("advanceClock");
        c.MapGet("/tenants", ControlTenantHandlers.List).WithName("listTenants");
        c.MapPost("/tenants", ControlTenantHandlers.CreateAsync).WithName("createTenant");
        c.MapGet("/tenants/{tenantId}", ControlTenantHandlers.Get).WithName("getTenant");
        c.MapPatch("/tenants/{tenantId}", ControlTenantHandlers.UpdateAsync).WithName("updateTenant");
        c.MapDelete("/tenants/{tenantId}", ControlTenantHandlers.DeleteAsync).WithName("deleteTenant");
        c.MapGet("/tenants/{tenantId}/keys", ControlTenantHandlers.ListKeys).WithName("listKeys");
        c.MapPost("/tenants/{tenantId}/keys", ControlTenantHandlers.CreateKeyAsync).WithName("createKey");
        c.MapPatch("/keys/{key}", ControlTenantHandlers.UpdateKeyAsync).WithName("updateKey");
        c.MapDelete("/keys/{key}", ControlTenantHandlers.DeleteKey).WithName("deleteKey");
        c.MapGet("/tenants/{tenantId}/agents", ControlTenantHandlers.ListAgents).WithName("listTenantAgents");
        c.MapPost("/tenants/{tenantId}/agents", ControlTenantHandlers.CreateAgentAsync).WithName("createTenantAgent");
        c.MapGet("/personas", ControlTenantHandlers.Personas).WithName("listPersonas");
        c.MapGet("/deviations/catalog", ControlCallHandlers.Catalog).WithName("deviationCatalog");
        c.MapGet("/deviations", ControlCallHandlers.ActiveDeviations).WithName("listDeviations");
        c.MapPost("/deviations", ControlCallHandlers.ActivateAsync).WithName("activateDeviation");
        c.MapDelete("/deviations", ControlCallHandlers.Clear).WithName("clearDeviations");
        c.MapDelete("/deviations/{deviationId}", ControlCallHandlers.Deactivate).WithName("deactivateDeviation");
        c.MapGet("/calls", ControlCallHandlers.List).WithName("listCalls");
        c.MapGet("/calls/{callId}", ControlCallHandlers.Get).WithName("getCall");
        c.MapGet("/calls/{callId}/journal", ControlCallHandlers.Journal).WithName("getCallJournal");
        c.MapPost("/calls/{callId}/end", ControlCallHandlers.EndAsync).WithName("endCall");
        c.MapPost("/calls/{callId}/state", ControlCallHandlers.SetStateAsync).WithName("setCallState");
        c.MapPost("/openai/sip-calls", ControlHandlers.IncomingSipCallAsync).WithName("simulateIncomingSipCall");
    }
}
