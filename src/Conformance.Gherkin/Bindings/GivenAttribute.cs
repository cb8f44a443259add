using System.Runtime.CompilerServices;

namespace Conformance.Gherkin.Bindings;

/// <summary>A step definition declared for <c>Given</c> steps (it matches any keyword). See <see cref="StepDefinitionAttribute"/>.</summary>
public sealed class GivenAttribute(string expression, [CallerFilePath] string sourceFile = "", [CallerLineNumber] int sourceLine = 0)
    : StepDefinitionAttribute(StepKeyword.Given, expression, sourceFile, sourceLine);
