using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A step definition declared for <c>Then</c> steps (it matches any keyword). See <see cref="StepDefinitionAttribute"/>.</summary>
public sealed class ThenAttribute(string expression, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : StepDefinitionAttribute(StepKeyword.Then, expression, sourceFile, sourceLine);
