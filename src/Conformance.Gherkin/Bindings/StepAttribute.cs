using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A step definition for any keyword. See <see cref="StepDefinitionAttribute"/>.</summary>
public sealed class StepAttribute(string expression, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : StepDefinitionAttribute(StepKeyword.Any, expression, sourceFile, sourceLine);
