using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>
/// A AfterTestRun hook: runs once per run. An instance method's class is created in the run scope (its
/// constructor may take run services) and lives until the run ends. See <see cref="HookAttribute"/>.
/// </summary>
public sealed class AfterTestRunAttribute([CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : HookAttribute(HookKind.AfterTestRun, null, sourceFile, sourceLine);
