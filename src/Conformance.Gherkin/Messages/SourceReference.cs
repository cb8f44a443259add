using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Messages;

/// <summary>Where something is defined: a feature file location, or a code file and line.</summary>
public sealed record SourceReference(string? Uri = null, Location? Location = null);
