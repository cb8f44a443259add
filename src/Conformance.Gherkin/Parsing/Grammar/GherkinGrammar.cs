namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>
/// Gherkin's grammar, as Cucumber defines it (gherkin.berp in cucumber/gherkin), written as data.
/// The parser's state machine is computed from it (<see cref="ParserAutomaton"/>), so the parser
/// accepts exactly this language and reports the same expected tokens as the reference parsers.
/// <code>
/// GherkinDocument! := Feature? #EOF
/// Feature!         := FeatureHeader Background? ScenarioDefinition* Rule*
/// FeatureHeader!   := #Language? Tags? #FeatureLine DescriptionHelper
/// Rule!            := RuleHeader Background? ScenarioDefinition*
/// RuleHeader!      := Tags? #RuleLine DescriptionHelper
/// Background!      := #BackgroundLine DescriptionHelper Step*
/// ScenarioDefinition! [#Empty|#Comment|#TagLine-&gt;#ScenarioLine] := Tags? Scenario
/// Scenario!        := #ScenarioLine DescriptionHelper Step* ExamplesDefinition*
/// ExamplesDefinition! [#Empty|#Comment|#TagLine-&gt;#ExamplesLine] := Tags? Examples
/// Examples!        := #ExamplesLine DescriptionHelper ExamplesTable?
/// ExamplesTable!   := #TableRow #TableRow*
/// Step!            := #StepLine StepArg?
/// StepArg          := (DataTableAndMaybeDocString | DocStringAndMaybeDataTable)
/// DataTableAndMaybeDocString := DataTable DocString?
/// DocStringAndMaybeDataTable := DocString DataTable?
/// DataTable!       := #TableRow+
/// DocString!       := #DocStringSeparator #Other* #DocStringSeparator
/// Tags!            := #TagLine+
/// DescriptionHelper := #Empty* Description?
/// Description!     := (#Other | #Comment)+
/// ignored everywhere a state has no #Other: #Comment, #Empty
/// </code>
/// </summary>
internal static class GherkinGrammar
{
    public static readonly IReadOnlyList<TokenType> IgnoredTokens = [TokenType.Comment, TokenType.Empty];

    public static GrammarRule Build()
    {
        var tokens = Enum.GetValues<TokenType>().Where(t => t != TokenType.None).ToDictionary(t => t, t => new TokenRule(t));
        GrammarElement One(GrammarRule r) => new(r, Repeat.One);
        GrammarElement Opt(GrammarRule r) => new(r, Repeat.Optional);
        GrammarElement Many(GrammarRule r) => new(r, Repeat.Many);
        GrammarElement T(TokenType t) => One(tokens[t]);
        LookaheadHint Hint(TokenType expected) => new([TokenType.Empty, TokenType.Comment, TokenType.TagLine], expected);

        var otherOrComment = new ChoiceRule("__alt1", tokens[TokenType.Other], tokens[TokenType.Comment]);
        var description = new SequenceRule("Description", RuleType.Description, true, One(otherOrComment), Many(otherOrComment));
        var descriptionHelper = new SequenceRule("DescriptionHelper", RuleType.None, false, Many(tokens[TokenType.Empty]), Opt(description));
        var tags = new SequenceRule("Tags", RuleType.Tags, true, T(TokenType.TagLine), Many(tokens[TokenType.TagLine]));
        var docString = new SequenceRule(
            "DocString", RuleType.DocString, true, T(TokenType.DocStringSeparator), Many(tokens[TokenType.Other]), T(TokenType.DocStringSeparator));
        var dataTable = new SequenceRule("DataTable", RuleType.DataTable, true, T(TokenType.TableRow), Many(tokens[TokenType.TableRow]));
        var tableThenDocString = new SequenceRule("DataTableAndMaybeDocString", RuleType.None, false, One(dataTable), Opt(docString));
        var docStringThenTable = new SequenceRule("DocStringAndMaybeDataTable", RuleType.None, false, One(docString), Opt(dataTable));
        var stepArgument = new SequenceRule("StepArg", RuleType.None, false, One(new ChoiceRule("__alt0", tableThenDocString, docStringThenTable)));
        var step = new SequenceRule("Step", RuleType.Step, true, T(TokenType.StepLine), Opt(stepArgument));
        var examplesTable = new SequenceRule("ExamplesTable", RuleType.ExamplesTable, true, T(TokenType.TableRow), Many(tokens[TokenType.TableRow]));
        var examples = new SequenceRule("Examples", RuleType.Examples, true, T(TokenType.ExamplesLine), One(descriptionHelper), Opt(examplesTable));
        var examplesDefinition = new SequenceRule("ExamplesDefinition", RuleType.ExamplesDefinition, true, Opt(tags), One(examples))
        {
            Lookahead = Hint(TokenType.ExamplesLine),
        };
        var scenario = new SequenceRule(
            "Scenario", RuleType.Scenario, true, T(TokenType.ScenarioLine), One(descriptionHelper), Many(step), Many(examplesDefinition));
        var scenarioDefinition = new SequenceRule("ScenarioDefinition", RuleType.ScenarioDefinition, true, Opt(tags), One(scenario))
        {
            Lookahead = Hint(TokenType.ScenarioLine),
        };
        var background = new SequenceRule("Background", RuleType.Background, true, T(TokenType.BackgroundLine), One(descriptionHelper), Many(step));
        var ruleHeader = new SequenceRule("RuleHeader", RuleType.RuleHeader, true, Opt(tags), T(TokenType.RuleLine), One(descriptionHelper));
        var rule = new SequenceRule("Rule", RuleType.Rule, true, One(ruleHeader), Opt(background), Many(scenarioDefinition));
        var featureHeader = new SequenceRule(
            "FeatureHeader", RuleType.FeatureHeader, true, Opt(tokens[TokenType.Language]), Opt(tags), T(TokenType.FeatureLine), One(descriptionHelper));
        var feature = new SequenceRule("Feature", RuleType.Feature, true, One(featureHeader), Opt(background), Many(scenarioDefinition), Many(rule));
        // The start rule ends at end of file.
        return new SequenceRule("GherkinDocument", RuleType.GherkinDocument, true, Opt(feature), T(TokenType.EOF));
    }
}
