namespace Conformance.Gherkin.Messages;

/// <summary>A captured group of a step match, with its nested groups.</summary>
public sealed record Group(IReadOnlyList<Group>? Children, int? Start, string? Value);
