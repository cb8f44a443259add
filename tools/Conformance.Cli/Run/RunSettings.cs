using System.Reflection;

namespace Conformance.Cli.Run;

/// <summary><c>conform run</c>'s arguments, checked: every path absolute and present, every number in range.</summary>
internal sealed record RunSettings(
    string Target,
    string? Tags,
    int Parallel,
    string ReportsDirectory,
    string FeaturesDirectory,
    IReadOnlyList<Assembly> StepAssemblies,
    bool Plain,
    string Name,
    TimeSpan? StepTimeout);
