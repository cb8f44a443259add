using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Harness.Emulator;

/// <summary>
/// The emulator's control plane (<c>/_emulator</c>, specs/control.md): tenants and keys for
/// per-scenario isolation, agents with personas and turn knobs, deviations, the lease clock, and
/// every call's journal. Only used when the target is an emulator.
/// </summary>
public sealed class EmulatorControl
{
    private readonly HttpClient _http;
    private readonly Uri _base;

    public EmulatorControl(HttpClient http, Uri controlBase)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        ArgumentNullException.ThrowIfNull(controlBase);
        _base = new Uri(controlBase.AbsoluteUri.TrimEnd('/') + "/");
    }

    public Uri Base => _base;

    /// <summary>A tenant with the default resources and a fresh key per surface; returns its JSON (keys, agents, numbers…).</summary>
    public Task<JsonObject> CreateTenantAsync(string id, CancellationToken cancellationToken) =>
        SendObjectAsync(HttpMethod.Post, "tenants", new JsonObject
        {
            ["id"] = id,
            ["withDefaults"] = true,
            ["keys"] = new JsonArray(
                new JsonObject { ["surface"] = "everruns" },
                new JsonObject { ["surface"] = "openai" },
                new JsonObject { ["surface"] = "omnia" },
                new JsonObject { ["surface"] = "clutchcall" },
                new JsonObject { ["surface"] = "voiceai" }),
        }, cancellationToken);

    /// <summary>Deletes a tenant, ending its calls.</summary>
    public async Task DeleteTenantAsync(string id, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, $"tenants/{Uri.EscapeDataString(id)}", null, allowNotFound: true, cancellationToken);

    /// <summary>Registers an agent on a surface with a persona and turn knobs (CTL-AGT-003 names).</summary>
    public Task<JsonObject> CreateAgentAsync(string tenantId, string surface, string? id, string persona, JsonObject? turn, JsonObject? config, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["surface"] = surface, ["persona"] = persona };
        if (id is not null)
        {
            body["id"] = id;
        }

        if (turn is not null)
        {
            body["turn"] = turn;
        }

        if (config is not null)
        {
            body["config"] = config;
        }

        return SendObjectAsync(HttpMethod.Post, $"tenants/{Uri.EscapeDataString(tenantId)}/agents", body, cancellationToken);
    }

    /// <summary>Changes a key's credits, rate limit or disabled flag.</summary>
    public Task<JsonObject> UpdateKeyAsync(string key, JsonObject patch, CancellationToken cancellationToken) =>
        SendObjectAsync(HttpMethod.Patch, $"keys/{Uri.EscapeDataString(key)}", patch, cancellationToken);

    public async Task<IReadOnlyList<DeviationInfo>> DeviationCatalogAsync(CancellationToken cancellationToken)
    {
        var json = await SendObjectAsync(HttpMethod.Get, "deviations/catalog", null, cancellationToken);
        return [.. (json["data"] as JsonArray ?? []).Select(n => DeviationInfo.FromJson(n!))];
    }

    /// <summary>Switches a deviation on (for one tenant when given); returns its id.</summary>
    public async Task<string> ActivateDeviationAsync(string name, JsonObject? parameters, string? tenantId, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["name"] = name };
        if (parameters is not null)
        {
            body["parameters"] = parameters.DeepClone();
        }

        if (tenantId is not null)
        {
            body["tenant"] = tenantId;
        }

        var json = await SendObjectAsync(HttpMethod.Post, "deviations", body, cancellationToken);
        return json["id"]?.GetValue<string>() ?? throw new EmulatorControlException($"POST deviations answered without an id: {json.ToJsonString()}");
    }

    /// <summary>
    /// Routes an E.164 number of the emulator's number plan to a callee WebSocket (RUN-044):
    /// an outbound call to it dials <paramref name="url"/> as a generic media-stream client.
    /// </summary>
    public Task<JsonObject> PutNumberAsync(string number, Uri url, int sampleRate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var body = new JsonObject { ["url"] = url.ToString(), ["inputSampleRate"] = sampleRate, ["outputSampleRate"] = sampleRate, ["codec"] = "pcm" };
        return SendObjectAsync(HttpMethod.Put, $"numbers/{Uri.EscapeDataString(number)}", body, cancellationToken);
    }

    public async Task DeleteNumberAsync(string number, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Delete, $"numbers/{Uri.EscapeDataString(number)}", null, allowNotFound: true, cancellationToken);

    /// <summary>The tenant's calls (newest last).</summary>
    public async Task<IReadOnlyList<JsonObject>> CallsAsync(string tenantId, CancellationToken cancellationToken)
    {
        var json = await SendObjectAsync(HttpMethod.Get, $"calls?tenant={Uri.EscapeDataString(tenantId)}", null, cancellationToken);
        return [.. (json["data"] as JsonArray ?? []).OfType<JsonObject>()];
    }

    public Task<JsonObject> CallAsync(string callId, CancellationToken cancellationToken) =>
        SendObjectAsync(HttpMethod.Get, $"calls/{Uri.EscapeDataString(callId)}", null, cancellationToken);

    /// <summary>The whole journal of a call (paged through), optionally only some kinds (a kind ending in '.' is a prefix).</summary>
    public async Task<IReadOnlyList<JournalRecord>> JournalAsync(string callId, IEnumerable<string>? kinds, CancellationToken cancellationToken)
    {
        var filter = string.Concat((kinds ?? []).Select(k => "&kind=" + Uri.EscapeDataString(k)));
        var records = new List<JournalRecord>();
        long after = 0;
        while (true)
        {
            var page = await SendObjectAsync(
                HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"calls/{Uri.EscapeDataString(callId)}/journal?limit=10000&after={after}{filter}"), null, cancellationToken);
            var entries = (page["entries"] as JsonArray ?? []).Select(n => JournalRecord.FromJson(n!)).ToList();
            records.AddRange(entries);
            if (entries.Count < 10000)
            {
                return records;
            }

            after = entries[^1].Sequence;
        }
    }

    /// <summary>Moves the lease clock on (media pacing is unaffected) and expires what fell due.</summary>
    public Task<JsonObject> AdvanceClockAsync(TimeSpan by, CancellationToken cancellationToken) =>
        SendObjectAsync(HttpMethod.Post, "clock/advance", new JsonObject { ["ms"] = (long)by.TotalMilliseconds }, cancellationToken);

    public Task<JsonObject> InfoAsync(CancellationToken cancellationToken) => SendObjectAsync(HttpMethod.Get, "info", null, cancellationToken);

    private async Task<JsonObject> SendObjectAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var text = await SendAsync(method, path, body, allowNotFound: false, cancellationToken);
        return string.IsNullOrEmpty(text) ? [] : JsonNode.Parse(text) as JsonObject ?? throw new EmulatorControlException($"{method} {path} answered with a non-object: {text}");
    }

    private async Task<string> SendAsync(HttpMethod method, string path, JsonObject? body, bool allowNotFound, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_base, path));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && !(allowNotFound && (int)response.StatusCode == 404))
        {
            throw new EmulatorControlException($"{method} {path}", (int)response.StatusCode, text);
        }

        return text;
    }
}
