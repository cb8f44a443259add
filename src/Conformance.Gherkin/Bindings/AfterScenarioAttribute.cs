using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A AfterScenario hook, optionally only for scenarios matching a tag expression. See <see cref="HookAttribute"/>.</summary>
public sealed class AfterScenarioAttribute(string? tags = null, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : HookAttribute(HookKind.AfterScenario, tags, sourceFile, sourceLine);
