namespace Conformance.Gherkin.Messages;

/// <summary>A feature file's text, as it was read.</summary>
public sealed record Source(string Uri, string Data, string MediaType);
