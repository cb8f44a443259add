namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>The grammar's nonterminals that the AST builder sees (those marked <c>!</c>).</summary>
internal enum RuleType
{
    None,
    GherkinDocument,
    Feature,
    FeatureHeader,
    Rule,
    RuleHeader,
    Background,
    ScenarioDefinition,
    Scenario,
    ExamplesDefinition,
    Examples,
    ExamplesTable,
    Step,
    DataTable,
    DocString,
    Tags,
    Description,
}
