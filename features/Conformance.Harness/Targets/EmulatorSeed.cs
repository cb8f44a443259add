namespace Conformance.Harness.Targets;

/// <summary>
/// The resources every emulator tenant created <c>withDefaults</c> has (specs/control.md
/// CTL-SEED-001), as the surface settings a real profile would name.
/// </summary>
internal static class EmulatorSeed
{
    public static IReadOnlyDictionary<string, string> Settings(SurfaceName surface) => surface switch
    {
        SurfaceName.Omnia => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agents.default"] = "agt_default",
            ["agents.inactive"] = "agt_inactive",
            ["fromNumberId"] = "num_default",
        },
        SurfaceName.ClutchCall => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["orgId"] = "org_abc",
            ["trunkId"] = "trunk_main",
            ["from"] = "+15550000001",
            ["agents.default"] = "support-s2s",
        },
        SurfaceName.VoiceAi => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agents.default"] = "default-agent",
            ["agents.paused"] = "paused-agent",
        },
        SurfaceName.Everruns => new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agents.default"] = "agent_00000000000000000000000000000001",
            ["providerId"] = "provider_00000000000000000000000000000001",
            ["chatOnlyProviderId"] = "provider_00000000000000000000000000000002",
        },
        _ => new Dictionary<string, string>(StringComparer.Ordinal),
    };
}
