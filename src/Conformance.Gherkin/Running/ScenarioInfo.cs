using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Running;

/// <summary>The running scenario, injectable into step classes and hooks.</summary>
public sealed class ScenarioInfo(PlannedPickle pickle)
{
    public PlannedPickle Pickle { get; } = pickle;

    public string FeatureName => Pickle.Feature.FeatureName;

    public string Name => Pickle.Pickle.Name;

    public string Uri => Pickle.Feature.Uri;

    public Location Location => Pickle.Location;

    public IReadOnlyList<string> Tags => Pickle.Tags;

    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
