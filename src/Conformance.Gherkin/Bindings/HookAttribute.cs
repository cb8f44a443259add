namespace Conformance.Gherkin.Bindings;

/// <summary>
/// Marks a method as a hook. Scenario and step hooks may be limited to scenarios whose tags match
/// a tag expression (<c>[BeforeScenario("@webrtc and not @slow")]</c>). Hooks run by
/// <see cref="Order"/>, then by name; after-hooks run even when the scenario failed. Parameters
/// are resolved like constructor parameters (scenario objects, run services, a
/// <see cref="CancellationToken"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class HookAttribute(HookKind kind, string? tags, string sourceFile, int sourceLine) : Attribute
{
    public HookKind Kind { get; } = kind;

    /// <summary>A tag expression; null runs the hook for every scenario.</summary>
    public string? Tags { get; } = tags;

    public int Order { get; init; }

    public string SourceFile { get; } = sourceFile;

    public int SourceLine { get; } = sourceLine;
}
