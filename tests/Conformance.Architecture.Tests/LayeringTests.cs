using Conformance.TestSupport;

namespace Conformance.Architecture.Tests;

public sealed class LayeringTests
{
    [Fact]
    public void Repository_FollowsTheLayering()
    {
        var graph = ProjectGraph.Load(RepoPaths.Root);
        Assert.True(graph.Projects.Count >= 10, $"Expected the solution's projects, found {graph.Projects.Count}");
        var violations = LayeringRules.Violations(graph);
        Assert.True(violations.Count == 0, "Layering violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Harness_ReferencingTheEmulatorTransitively_IsAViolation()
    {
        var graph = Graph(
            Project("Conformance.Harness", "features/Conformance.Harness/Conformance.Harness.csproj", "Conformance.Streams"),
            Project("Conformance.Streams", "src/Conformance.Streams/Conformance.Streams.csproj", "Conformance.Emulator.Agent"),
            Project("Conformance.Emulator.Agent", "emulator/Conformance.Emulator.Agent/Conformance.Emulator.Agent.csproj"));

        var violations = LayeringRules.Violations(graph);

        Assert.Contains("Conformance.Streams -> Conformance.Emulator.Agent is not allowed", violations);
        Assert.Contains(violations, v => v.StartsWith("Conformance.Harness reaches Conformance.Emulator.Agent", StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryUsingAspNetCore_IsAViolation()
    {
        var rtc = Project("Conformance.Rtc", "src/Conformance.Rtc/Conformance.Rtc.csproj") with { Sdk = "Microsoft.NET.Sdk.Web" };

        Assert.Contains("Conformance.Rtc uses ASP.NET Core; only Conformance.Emulator may", LayeringRules.Violations(Graph(rtc)));
    }

    [Fact]
    public void UnknownProductProject_IsAViolation_ButTestProjectsAreExempt()
    {
        var graph = Graph(
            Project("Conformance.Mystery", "src/Conformance.Mystery/Conformance.Mystery.csproj"),
            Project("Conformance.Mystery.Tests", "tests/Conformance.Mystery.Tests/Conformance.Mystery.Tests.csproj", "Conformance.Emulator"));

        var violations = LayeringRules.Violations(graph);

        Assert.Single(violations);
        Assert.StartsWith("Conformance.Mystery has no layering rule", violations[0], StringComparison.Ordinal);
    }

    private static ProjectInfo Project(string name, string path, params string[] references) =>
        new(name, path, "Microsoft.NET.Sdk", references, [], []);

    private static ProjectGraph Graph(params ProjectInfo[] projects) =>
        new(projects.ToDictionary(p => p.Name, StringComparer.Ordinal));
}
