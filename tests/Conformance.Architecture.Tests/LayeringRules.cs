namespace Conformance.Architecture.Tests;

/// <summary>
/// DESIGN.md's layering as data: each product project references only the layers listed for it;
/// only the emulator touches ASP.NET Core; the harness (and the CLI that runs it) never reaches the
/// emulator, directly or transitively. Test projects are exempt.
/// </summary>
internal static class LayeringRules
{
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Conformance.Audio"] = [],
        ["Conformance.Gherkin"] = [],
        ["Conformance.Rtc"] = ["Conformance.Audio"],
        ["Conformance.Sip"] = ["Conformance.Rtc", "Conformance.Audio"],
        ["Conformance.Streams"] = ["Conformance.Audio"],
        ["Conformance.Contracts"] = [],
        ["Conformance.Emulator.Agent"] = ["Conformance.Audio"],
        ["Conformance.Emulator"] =
            ["Conformance.Audio", "Conformance.Rtc", "Conformance.Sip", "Conformance.Streams", "Conformance.Contracts", "Conformance.Emulator.Agent"],
        ["Conformance.Harness"] =
            ["Conformance.Audio", "Conformance.Gherkin", "Conformance.Rtc", "Conformance.Sip", "Conformance.Streams", "Conformance.Contracts"],
        ["Conformance.Cli"] =
            ["Conformance.Harness", "Conformance.Gherkin", "Conformance.Audio", "Conformance.Rtc", "Conformance.Sip", "Conformance.Streams", "Conformance.Contracts"],
        ["Conformance.Benchmarks"] =
            ["Conformance.Audio", "Conformance.Gherkin", "Conformance.Rtc", "Conformance.Sip", "Conformance.Streams", "Conformance.Contracts", "Conformance.Emulator.Agent"],
    };

    private static readonly string[] s_networkOnlyClients = ["Conformance.Harness", "Conformance.Cli"];
    private static readonly string[] s_emulatorProjects = ["Conformance.Emulator", "Conformance.Emulator.Agent"];

    /// <summary>Every rule the graph breaks, one line each.</summary>
    public static IReadOnlyList<string> Violations(ProjectGraph graph)
    {
        var violations = new List<string>();
        var products = graph.Projects.Values.Where(p => !p.IsTest).ToArray();
        foreach (var project in products)
        {
            if (!Allowed.TryGetValue(project.Name, out var allowed))
            {
                violations.Add($"{project.Name} has no layering rule (add it to {nameof(LayeringRules)} and DESIGN.md)");
                continue;
            }

            violations.AddRange(project.References.Where(r => !allowed.Contains(r)).Select(r => $"{project.Name} -> {r} is not allowed"));

            if (project.Name != "Conformance.Emulator" && UsesAspNetCore(project))
            {
                violations.Add($"{project.Name} uses ASP.NET Core; only Conformance.Emulator may");
            }
        }

        foreach (var client in s_networkOnlyClients.Where(graph.Projects.ContainsKey))
        {
            var closure = graph.Closure(client);
            violations.AddRange(s_emulatorProjects.Where(closure.Contains)
                .Select(e => $"{client} reaches {e}: the harness talks to the emulator only over the network"));
        }

        return violations;
    }

    private static bool UsesAspNetCore(ProjectInfo project) =>
        project.Sdk.Contains("Web", StringComparison.Ordinal)
        || project.FrameworkReferences.Contains("Microsoft.AspNetCore.App")
        || project.Packages.Any(k => k.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
}
