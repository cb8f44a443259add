using Xunit;
using Xunit.Sdk;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>
/// Turns one method of a test class into one xunit test per pickle of the feature files under
/// <see cref="FeaturesFolder"/> (relative to the test assembly's folder, or else to the nearest
/// ancestor folder that has it). The class provides the run:
/// <code>
/// public sealed class SampleFeatures(GherkinRun run) : IClassFixture&lt;GherkinRun&gt;
/// {
///     [GherkinScenarios("Features", Tags = "not @wip")]
///     public void Scenarios() => run.RunByTheAdapter();
/// }
/// </code>
/// Each test is named <c>Feature › Scenario (example row)</c> and carries a <c>Tag</c> trait per
/// tag (without '@') and a <c>Feature</c> trait, so <c>dotnet test --filter "Tag=webrtc"</c>
/// selects by tag. <see cref="Tags"/> and <c>$CONFORMANCE_TAGS</c> (both tag expressions) must both
/// match; other pickles are not tests at all.
/// </summary>
[XunitTestCaseDiscoverer("Conformance.Gherkin.XunitAdapter.PickleTestCaseDiscoverer", "Conformance.Gherkin")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class GherkinScenariosAttribute(string featuresFolder) : FactAttribute
{
    /// <summary>The environment variable holding a tag expression that further filters the pickles.</summary>
    public const string TagsVariable = "CONFORMANCE_TAGS";

    public string FeaturesFolder { get; } = featuresFolder;

    /// <summary>A tag expression the pickles must match, e.g. <c>not @wip</c>.</summary>
    public string? Tags { get; set; }

    /// <summary>Types whose assemblies hold the step definitions; by default the test class's assembly.</summary>
    public Type[]? StepAssemblies { get; set; }

    /// <summary>Names the run's report files; by default the test class's name.</summary>
    public string? RunName { get; set; }

    /// <summary>A step or hook still running after this many seconds fails; 0 (the default) for no limit.</summary>
    public double StepTimeoutSeconds { get; set; }
}
