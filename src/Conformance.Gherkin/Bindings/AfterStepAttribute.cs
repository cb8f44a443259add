using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A AfterStep hook, optionally only for scenarios matching a tag expression. See <see cref="HookAttribute"/>.</summary>
public sealed class AfterStepAttribute(string? tags = null, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : HookAttribute(HookKind.AfterStep, tags, sourceFile, sourceLine);
