namespace Conformance.Harness.Reporting.Results;

/// <summary>A feature file and its scenarios that were selected for the run, in file order.</summary>
public sealed record ReportedFeature(string Uri, string Keyword, string Name, string Description, IReadOnlyList<ReportedScenario> Scenarios);
