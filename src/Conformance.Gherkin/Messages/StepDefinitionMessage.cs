namespace Conformance.Gherkin.Messages;

/// <summary>A <c>stepDefinition</c> envelope's body.</summary>
public sealed record StepDefinitionMessage(string Id, StepDefinitionPattern Pattern, SourceReference SourceReference);
