namespace Conformance.Gherkin.Parsing;

/// <summary>What a line is, as the tokenizer classifies it (the grammar's terminals).</summary>
public enum TokenType
{
    None,
    EOF,
    Empty,
    Comment,
    TagLine,
    FeatureLine,
    RuleLine,
    BackgroundLine,
    ScenarioLine,
    ExamplesLine,
    StepLine,
    DocStringSeparator,
    TableRow,
    Language,
    Other,
}
