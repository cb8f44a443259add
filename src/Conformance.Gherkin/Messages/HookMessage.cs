namespace Conformance.Gherkin.Messages;

/// <summary>A <c>hook</c> envelope's body.</summary>
public sealed record HookMessage(string Id, string? Name, SourceReference SourceReference, string? TagExpression, HookType? Type);
