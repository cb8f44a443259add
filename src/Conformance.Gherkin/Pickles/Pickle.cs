using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Pickles;

/// <summary>
/// A compiled, executable scenario: background steps prepended, outline placeholders replaced by
/// one example row, tags inherited from feature, rule and examples.
/// </summary>
public sealed record Pickle(
    string Id,
    string Uri,
    Location? Location,
    string Name,
    string Language,
    IReadOnlyList<PickleStep> Steps,
    IReadOnlyList<PickleTag> Tags,
    IReadOnlyList<string> AstNodeIds);
