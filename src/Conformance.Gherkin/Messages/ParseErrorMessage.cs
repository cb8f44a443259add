namespace Conformance.Gherkin.Messages;

/// <summary>A <c>parseError</c> envelope's body.</summary>
public sealed record ParseErrorMessage(SourceReference Source, string Message);
