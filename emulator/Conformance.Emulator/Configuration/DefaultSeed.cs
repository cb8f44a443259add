using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Configuration;

/// <summary>
/// The built-in configuration: one tenant, <c>default</c>, with a fixed key per surface and the
/// agents, numbers, trunks and providers a client needs to make its first call. Fixed values so
/// documentation and examples can name them; the READY line and <c>GET /_emulator/info</c>
/// print them (specs/control.md CTL-SEED-001).
/// </summary>
public static class DefaultSeed
{
    public const string TenantId = "default";
    public const string EverrunsKey = "evr_test_default";
    public const string OpenAIKey = "sk-test-default";
    public const string OmniaKey = "ck_test_default";
    public const string ClutchCallKey = "tqs_test_default";
    public const string VoiceAiKey = "vk_test_default";
    public const string EverrunsOrgId = "org_00000000000000000000000000000001";
    public const string EverrunsAgentId = "agent_00000000000000000000000000000001";
    public const string RealtimeProviderId = "provider_00000000000000000000000000000001";
    public const string ChatOnlyProviderId = "provider_00000000000000000000000000000002";
    public const string OmniaAgentId = "agt_default";
    public const string OmniaInactiveAgentId = "agt_inactive";
    public const string OmniaNumberId = "num_default";
    public const string OmniaNumber = "+15550000001";
    public const string ClutchCallOrgId = "org_abc";
    public const string ClutchCallTrunk = "trunk_main";
    public const string ClutchCallAgent = "support-s2s";
    public const string VoiceAiAgentId = "default-agent";
    public const string VoiceAiPausedAgentId = "paused-agent";
    public const string LiveKitApiKey = "APIemulatorkey";
    public const string LiveKitApiSecret = "emulator-livekit-secret-do-not-use-in-production-0001";

    public static EmulatorConfig Config => new()
    {
        Tenants = [Tenant(TenantId)],
    };

    /// <summary>A tenant with the default resources (and, for <see cref="TenantId"/>, the fixed keys).</summary>
    public static TenantConfig Tenant(string id) => new()
    {
        Id = id,
        Name = id == TenantId ? "Default tenant" : id,
        EverrunsOrgId = id == TenantId ? EverrunsOrgId : null,
        ClutchCallOrgId = ClutchCallOrgId,
        LiveKit = new LiveKitCredentials(LiveKitApiKey, LiveKitApiSecret),
        Keys = id == TenantId
            ?
            [
                new KeyConfig(Surface.Everruns, EverrunsKey, null, null),
                new KeyConfig(Surface.OpenAI, OpenAIKey, null, null),
                new KeyConfig(Surface.Omnia, OmniaKey, null, RateLimit.OmniaDefault),
                new KeyConfig(Surface.ClutchCall, ClutchCallKey, null, null),
                new KeyConfig(Surface.VoiceAi, VoiceAiKey, null, null),
            ]
            : [],
        Providers = DefaultProviders,
        Agents = DefaultAgents,
        Numbers = [new PhoneNumberRecord(OmniaNumberId, OmniaNumber)],
        Trunks = [ClutchCallTrunk],
    };

    public static IReadOnlyList<ProviderConnection> DefaultProviders =>
    [
        new(RealtimeProviderId, "OpenAI", "openai", ["chat", "realtime"]),
        new(ChatOnlyProviderId, "Anthropic", "anthropic", ["chat"]),
    ];

    public static IReadOnlyList<AgentSeed> DefaultAgents =>
    [
        new(Surface.Everruns, EverrunsAgentId, "support", "Default voice agent", "active", AgentBinding.DefaultPersona, new TurnKnobs(),
            new JsonObject { ["system_prompt"] = "You are a helpful voice assistant." }),
        new(Surface.Omnia, OmniaAgentId, "Front Desk", "Answers the phone", "ACTIVE", AgentBinding.DefaultPersona, new TurnKnobs(),
            new JsonObject { ["basePrompt"] = "You are the front desk.", ["languageId"] = "lang_en", ["voiceId"] = "voice_mark", ["greeting"] = "Hello, how can I help?" }),
        new(Surface.Omnia, OmniaInactiveAgentId, "Retired", "An agent that does not accept calls", "INACTIVE", AgentBinding.DefaultPersona, new TurnKnobs(), null),
        new(Surface.ClutchCall, ClutchCallAgent, "support-s2s", "Speech-to-speech support agent", "active", AgentBinding.DefaultPersona, new TurnKnobs(), null),
        new(Surface.VoiceAi, VoiceAiAgentId, "Default agent", null, "deployed", AgentBinding.DefaultPersona, new TurnKnobs(), null),
        new(Surface.VoiceAi, VoiceAiPausedAgentId, "Paused agent", null, "paused", AgentBinding.DefaultPersona, new TurnKnobs(), null),
    ];
}
