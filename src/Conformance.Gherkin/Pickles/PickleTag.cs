namespace Conformance.Gherkin.Pickles;

public sealed record PickleTag(string Name, string AstNodeId);
