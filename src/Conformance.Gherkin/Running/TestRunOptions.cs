using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Running;

/// <summary>How a run is set up by its host.</summary>
public sealed class TestRunOptions
{
    /// <summary>The environment variable naming the folder reports are written to.</summary>
    public const string ReportsDirectoryVariable = "CONFORMANCE_REPORTS_DIR";

    /// <summary>Names the report files (<c>{Name}.ndjson</c>, <c>{Name}.junit.xml</c>) and the JUnit suite.</summary>
    public string Name { get; init; } = "conformance";

    /// <summary>The clock for timestamps and durations (a fake one makes reports deterministic).</summary>
    public required TimeProvider TimeProvider { get; init; }

    /// <summary>
    /// The run's id generator. Use the same one the features and bindings were loaded with, so ids
    /// in the messages never collide.
    /// </summary>
    public required IIdGenerator Ids { get; init; }

    /// <summary>The host's registrations, applied after the step assemblies' <see cref="IRunStartup"/> classes.</summary>
    public Action<RunServices>? ConfigureServices { get; init; }

    /// <summary>Where reports go; null for none. Defaults to $CONFORMANCE_REPORTS_DIR.</summary>
    public string? ReportsDirectory { get; init; } = Environment.GetEnvironmentVariable(ReportsDirectoryVariable) is { Length: > 0 } dir ? dir : null;

    /// <summary>A step (or hook) still running after this long fails; null for no limit.</summary>
    public TimeSpan? StepTimeout { get; init; }

    /// <summary>The <c>meta</c> message; defaults to this process's runtime, OS and CPU.</summary>
    public Meta? Meta { get; init; }

    /// <summary>Called for every progress event, on the thread that caused it.</summary>
    public Action<RunEvent>? OnEvent { get; init; }
}
