using Conformance.Audio;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The suite's dry run (STYLE.md Do 10): every feature parses, every step is defined once, every
/// fixture a scenario names exists in the caller manifest, and every scenario carries the tags
/// the suite is organised by.
/// </summary>
public sealed class SuiteValidationTests
{
    private static readonly string[] s_surfaces = ["@everruns", "@openai", "@omnia", "@clutchcall", "@voiceai"];
    private static readonly string[] s_behaviours = ["@contract", "@turn-timing", "@barge-in", "@codec", "@lifecycle"];
    private static readonly string[] s_transports = ["@twilio", "@telnyx", "@plivo", "@generic-ws", "@webrtc", "@browser"];

    private static TestPlan Plan() =>
        TestPlan.Load(RepoPaths.InRepo("features"), [typeof(HarnessStartup).Assembly], null, new IncrementingIdGenerator());

    [Fact]
    public void Suite_DryRun_HasNoParseErrorsUndefinedOrAmbiguousSteps()
    {
        var problems = Plan().Validate();

        Assert.True(problems.Count == 0, "The suite does not validate:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Suite_EveryScenario_IsTaggedBySurfaceAndBehaviour()
    {
        var untagged = Plan().Pickles
            .Where(p => !p.Tags.Any(s_surfaces.Contains) || !p.Tags.Any(s_behaviours.Contains))
            .Select(p => $"{p.Feature.Uri}:{p.Location.Line} {p.Pickle.Name} [{string.Join(' ', p.Tags)}]")
            .ToList();

        Assert.True(untagged.Count == 0, "Scenarios without a surface or behaviour tag:\n" + string.Join("\n", untagged));
    }

    [Fact]
    public void Suite_EveryCallScenario_IsTaggedByTransport()
    {
        var missing = Plan().Pickles
            .Where(p => p.Steps.Any(s => s.Text.StartsWith("a caller on", StringComparison.Ordinal)))
            .Where(p => !p.Tags.Any(s_transports.Contains))
            .Select(p => $"{p.Feature.Uri}:{p.Location.Line} {p.Pickle.Name}")
            .ToList();

        Assert.True(missing.Count == 0, "Call scenarios without a transport tag:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Suite_EveryScenario_NamesTheRequirementsItChecks()
    {
        var missing = Plan().Pickles
            .Where(p => !p.Tags.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^@[A-Z]+(-[A-Z]+)*-\\d{3}$")))
            .Select(p => $"{p.Feature.Uri}:{p.Location.Line} {p.Pickle.Name}")
            .ToList();

        Assert.True(missing.Count == 0, "Scenarios without a specs/ requirement ID tag:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Suite_EveryRequirementTag_IsDefinedInSpecs()
    {
        var specs = string.Join("\n", Directory.GetFiles(RepoPaths.InRepo("specs"), "*.md").Select(File.ReadAllText));
        var unknown = Plan().Pickles.SelectMany(p => p.Tags)
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, "^@[A-Z]+(-[A-Z]+)*-\\d{3}$"))
            .Distinct()
            .Where(t => !System.Text.RegularExpressions.Regex.IsMatch(specs, $"(\\*\\*|\\| ){t[1..]}(\\*\\*| \\|)"))
            .ToList();

        Assert.True(unknown.Count == 0, "Requirement tags no specs/*.md defines: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Suite_EveryFixtureItSays_IsAScenarioClipOfTheCallerManifest()
    {
        var manifest = FixtureManifest.Load(RepoPaths.InRepo("fixtures", "audio", "manifest.json"));
        var clips = Plan().Pickles
            .SelectMany(p => p.Steps)
            .Select(s => System.Text.RegularExpressions.Regex.Match(s.Text, "^the caller says \"([^\"]+)\""))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(clips);
        Assert.All(clips, id => Assert.True(manifest.TryGet(id, out var clip) && clip.Role == "scenario", $"'{id}' is not a scenario clip"));
    }
}
