namespace Conformance.Gherkin.Messages;

/// <summary>A piece of software or hardware named in <see cref="Meta"/>.</summary>
public sealed record Product(string Name, string? Version = null);
