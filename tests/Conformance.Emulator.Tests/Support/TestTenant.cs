using System.Text.Json.Nodes;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Tests.Support;

/// <summary>
/// A fresh tenant made through the control plane (the default resources, a key per surface,
/// optional credits and rate limits), so tests running against one emulator never share state.
/// </summary>
public sealed class TestTenant
{
    private TestTenant(string id, JsonObject created)
    {
        Id = id;
        Created = created;
    }

    public string Id { get; }

    public JsonObject Created { get; }

    public string EverrunsKey => Key("everruns");

    public string OpenAIKey => Key("openai");

    public string OmniaKey => Key("omnia");

    public string ClutchCallKey => Key("clutchcall");

    public string VoiceAiKey => Key("voiceai");

    public string ClutchCallOrgId => Created["clutchcallOrgId"]!.GetValue<string>();

    public string LiveKitSecret => Created["livekit"]!["apiSecret"]!.GetValue<string>();

    public string LiveKitKey => Created["livekit"]!["apiKey"]!.GetValue<string>();

    public Auth Everruns => Auth.Bearer(EverrunsKey);

    public Auth OpenAI => Auth.Bearer(OpenAIKey);

    public Auth Omnia => Auth.ApiKey(OmniaKey);

    public Auth ClutchCall => Auth.Bearer(ClutchCallKey);

    public Auth VoiceAi => Auth.Bearer(VoiceAiKey);

    public Auth For(Surface surface) => surface switch
    {
        Surface.Everruns => Everruns,
        Surface.OpenAI => OpenAI,
        Surface.Omnia => Omnia,
        Surface.ClutchCall => ClutchCall,
        Surface.VoiceAi => VoiceAi,
        _ => Auth.None,
    };

    /// <summary>Creates a tenant; <paramref name="credits"/> and <paramref name="rateLimit"/> apply to every key.</summary>
    public static async Task<TestTenant> CreateAsync(EmulatorClient client, decimal? credits = null, (int Limit, int WindowSeconds)? rateLimit = null, bool voiceEnabled = true)
    {
        ArgumentNullException.ThrowIfNull(client);
        var id = "t" + Guid.NewGuid().ToString("N")[..12];
        var keys = new JsonArray();
        foreach (var surface in new[] { "everruns", "openai", "omnia", "clutchcall", "voiceai" })
        {
            var key = new JsonObject { ["surface"] = surface, ["key"] = $"{surface}_{id}_key" };
            if (credits is { } c)
            {
                key["credits"] = c;
            }

            if (rateLimit is { } rl)
            {
                key["rateLimit"] = new JsonObject { ["limit"] = rl.Limit, ["windowSeconds"] = rl.WindowSeconds };
            }

            keys.Add(key);
        }

        var response = await client.PostJsonAsync("/_emulator/tenants", new JsonObject { ["id"] = id, ["withDefaults"] = true, ["voiceEnabled"] = voiceEnabled, ["keys"] = keys });
        if (response.Status != 201)
        {
            throw new InvalidOperationException($"could not create a test tenant: {response}");
        }

        return new TestTenant(id, response.Obj);
    }

    private string Key(string surface) =>
        Created["keys"]!.AsArray().First(k => k!["surface"]!.GetValue<string>() == surface)!["key"]!.GetValue<string>();
}
