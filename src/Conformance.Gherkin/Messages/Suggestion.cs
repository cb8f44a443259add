namespace Conformance.Gherkin.Messages;

/// <summary>Step definition code that would match an undefined step.</summary>
public sealed record Suggestion(string Id, string PickleStepId, IReadOnlyList<Snippet> Snippets);
