using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A step definition declared for <c>When</c> steps (it matches any keyword). See <see cref="StepDefinitionAttribute"/>.</summary>
public sealed class WhenAttribute(string expression, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : StepDefinitionAttribute(StepKeyword.When, expression, sourceFile, sourceLine);
