namespace Conformance.Gherkin.Messages;

public sealed record Snippet(string Language, string Code);
