using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>
/// Calls one documented operation in one way (<see cref="ContractCase"/>) and records the
/// exchange, which the scenario then holds to openapi.json. Per-scenario (it makes its resources
/// in the scenario's tenant).
/// </summary>
public sealed class ContractProbe(VoiceScenario scenario)
{
    private static readonly IReadOnlyDictionary<string, OperationRecipe> s_recipes =
        EverrunsRecipes.All.Concat(OpenAIRecipes.All).Concat(OmniaRecipes.All).Concat(ClutchCallRecipes.All).Concat(VoiceAiRecipes.All)
            .ToDictionary(r => r.OperationId, StringComparer.Ordinal);

    /// <summary>Every operation the probe knows how to call.</summary>
    public static IReadOnlyCollection<OperationRecipe> Recipes => [.. s_recipes.Values];

    public async Task<RestExchange> RunAsync(string operationId, ContractCase contractCase, CancellationToken cancellationToken)
    {
        var recipe = s_recipes.TryGetValue(operationId, out var found)
            ? found
            : throw new ArgumentException($"No recipe for the operation '{operationId}' (known: {string.Join(", ", s_recipes.Keys.Order(StringComparer.Ordinal))}).", nameof(operationId));
        var context = new ContractContext(scenario);
        var request = await RequestAsync(recipe, contractCase, context, cancellationToken);
        if (recipe.UrlIsTheCredential && contractCase != ContractCase.NoCredentials)
        {
            request = request with { Auth = RestAuth.None };
        }

        if (recipe.Streams)
        {
            request = request with { StreamPreview = TimeSpan.FromSeconds(1) };
        }

        request = request with { Purpose = $"{operationId} {ContractCases.Words(contractCase)}" };
        if (recipe.IsWebSocket && contractCase == ContractCase.Valid)
        {
            return await UpgradeAsync(context, recipe.Surface, request, cancellationToken);
        }

        var client = await context.ClientAsync(recipe.Surface, cancellationToken);
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Opens the operation's WebSocket for real (the success of an upgrade is 101, which plain HTTP
    /// cannot show), records the exchange, and closes it.
    /// </summary>
    public static async Task<RestExchange> UpgradeAsync(ContractContext context, SurfaceName surface, RestRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var client = await context.ClientAsync(surface, cancellationToken);
        var http = client.Target.Resolve(request.Path);
        var url = new UriBuilder(http) { Scheme = http.Scheme == "https" ? "wss" : "ws" }.Uri;
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var credential = request.Auth.Omit ? null : request.Auth.Credential ?? client.ApiKey;
        if (credential is not null)
        {
            var (header, scheme) = SurfaceNames.Auth(surface);
            socket.Options.SetRequestHeader(header, scheme is null ? credential : $"{scheme} {credential}");
        }

        var time = context.Session.Target.Time;
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        int status;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            status = (int)socket.HttpStatusCode;
            status = status == 0 ? 101 : status;
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "contract check done", cancellationToken);
        }
        catch (WebSocketException)
        {
            status = (int)socket.HttpStatusCode;
        }

        var headers = socket.HttpResponseHeaders?.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var exchange = new RestExchange(surface, "GET", url, request.Path, new Dictionary<string, string> { ["Upgrade"] = "websocket" }, null, null,
            status, headers, null, null, at, time.GetElapsedTime(started))
        {
            Purpose = request.Purpose,
        };
        context.Session.Rest.Add(exchange);
        return exchange;
    }

    private static async Task<RestRequest> RequestAsync(OperationRecipe recipe, ContractCase contractCase, ContractContext context, CancellationToken cancellationToken)
    {
        switch (contractCase)
        {
            case ContractCase.Valid:
                return await recipe.Valid(context, cancellationToken);
            case ContractCase.NoCredentials:
                return await recipe.Valid(context, cancellationToken) with { Auth = RestAuth.None };
            case ContractCase.WrongKey:
                return await recipe.Valid(context, cancellationToken) with { Auth = RestAuth.With(NeverIssued(recipe.Surface)) };
            case ContractCase.MalformedJson:
                var valid = await recipe.Valid(context, cancellationToken);
                return valid with { Json = null, Raw = ("{\"" + (valid.Json as JsonObject)?.FirstOrDefault().Key + "\": ", "application/json") };
            case ContractCase.NotJson:
                var text = await recipe.Valid(context, cancellationToken);
                return text with { Json = null, Raw = (text.Json?.ToJsonString() ?? throw NotApplicable(recipe, contractCase), "text/plain") };
            case ContractCase.NoCredits:
                var paid = await (recipe.ValidWithKey ?? recipe.Valid)(context, cancellationToken);
                await context.PatchKeyAsync(recipe.Surface, new JsonObject { ["credits"] = 0 }, cancellationToken);
                return paid;
            case ContractCase.RateLimited:
                var limited = await (recipe.ValidWithKey ?? recipe.Valid)(context, cancellationToken);
                await context.PatchKeyAsync(recipe.Surface, new JsonObject { ["rateLimit"] = new JsonObject { ["limit"] = 0, ["windowSeconds"] = 3600 } }, cancellationToken);
                return limited;
            default:
                var make = contractCase switch
                {
                    ContractCase.UnknownId => recipe.UnknownId,
                    ContractCase.MalformedId => recipe.MalformedId,
                    ContractCase.InvalidRequest => recipe.Invalid,
                    ContractCase.Forbidden => recipe.Forbidden,
                    ContractCase.Conflict => recipe.Conflict,
                    _ => null,
                };
                return make is null ? throw NotApplicable(recipe, contractCase) : await make(context, cancellationToken);
        }
    }

    /// <summary>A credential in the surface's own shape that no target issued.</summary>
    private static string NeverIssued(SurfaceName surface) => surface switch
    {
        SurfaceName.Omnia => "ck_test_" + ContractContext.Hex(12),
        SurfaceName.VoiceAi => "vk_" + ContractContext.Hex(12),
        SurfaceName.ClutchCall => "tqs_" + ContractContext.Hex(12),
        SurfaceName.OpenAI => "sk-" + ContractContext.Hex(12),
        _ => "evr_" + ContractContext.Hex(12),
    };

    private static ArgumentException NotApplicable(OperationRecipe recipe, ContractCase contractCase) =>
        new($"The operation '{recipe.OperationId}' has no way to be called '{ContractCases.Words(contractCase)}' in this suite.");
}
