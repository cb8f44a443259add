using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// Omnia Voice under <c>/omnia</c> (standing in for <c>https://api.omnia-voice.com</c>; the API
/// is at <c>/omnia/api/v1</c>), <c>X-API-Key</c> auth with rate-limit headers; websocketUrls at
/// <c>/omnia/ws/{token}</c>. Every Omnia response carries X-Request-Id.
/// </summary>
public static class OmniaEndpoints
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/omnia/api/v1").AddEndpointFilter(new SurfaceAuthFilter(Surface.Omnia, http => SurfaceAuth.Header(http, "X-API-Key")));
        api.MapPost("/calls/create", OmniaCallHandlers.CreateAsync).WithName("createTelephonyCall");
        api.MapPost("/calls/inline", OmniaCallHandlers.InlineAsync).WithName("createInlineCall");
        api.MapPost("/calls/outbound", OmniaCallHandlers.OutboundAsync).WithName("createOutboundCall");
        api.MapPost("/calls", OmniaCallHandlers.JoinAsync).WithName("createAgentCall");
        api.MapGet("/calls", OmniaLogHandlers.List).WithName("listCallLogs");
        api.MapGet("/calls/{id}", OmniaLogHandlers.Get).WithName("getCallDetails");
        api.MapDelete("/calls/{id}", OmniaLogHandlers.DeleteAsync).WithName("deleteCall");
        api.MapGet("/agents", OmniaAgentHandlers.List).WithName("listAgents");
        api.MapPost("/agents", OmniaAgentHandlers.CreateAsync).WithName("createAgent");
        api.MapGet("/agents/{id}", OmniaAgentHandlers.Get).WithName("getAgent");
        api.MapPatch("/agents/{id}", OmniaAgentHandlers.UpdateAsync).WithName("updateAgent");
        api.MapDelete("/agents/{id}", OmniaAgentHandlers.Delete).WithName("deleteAgent");
        api.MapGet("/voices", OmniaCatalogHandlers.Voices).WithName("listVoices");
        api.MapGet("/languages", OmniaCatalogHandlers.Languages).WithName("listLanguages");
        app.MapGet("/omnia/ws/{token}", OmniaSocketHandler.HandleAsync).WithName("omniaWebsocket");
    }

    /// <summary>Stamps X-Request-Id on every response under /omnia, errors included (vendors.md §2.1).</summary>
    public static async Task RequestIdAsync(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (http.Request.Path.StartsWithSegments("/omnia", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers["X-Request-Id"] = "req_" + PublicIds.NewHex(12);
        }

        await next(http);
    }
}
