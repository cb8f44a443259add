using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A BeforeStep hook, optionally only for scenarios matching a tag expression. See <see cref="HookAttribute"/>.</summary>
public sealed class BeforeStepAttribute(string? tags = null, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : HookAttribute(HookKind.BeforeStep, tags, sourceFile, sourceLine);
