using Conformance.Gherkin.Ast;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Parsing.Grammar;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Turns the parser's start/end/build calls into the AST. Ids are handed out as nodes are
/// finished (children before parents, tags before their scenario), which is the order the
/// reference implementation uses, so ids match the corpus.
/// </summary>
internal sealed class AstBuilder(IIdGenerator ids)
{
    private readonly Stack<AstNode> _stack = new([new AstNode(RuleType.None)]);
    private readonly List<Comment> _comments = [];

    private AstNode Current => _stack.Peek();

    public void StartRule(RuleType type) => _stack.Push(new AstNode(type));

    public void EndRule()
    {
        var node = _stack.Pop();
        var value = Transform(node);
        Current.Add(node.RuleType, value);
    }

    public void Build(Token token)
    {
        if (token.MatchedType == TokenType.Comment)
        {
            _comments.Add(new Comment(token.Location, token.MatchedText ?? ""));
        }
        else
        {
            Current.Add(token);
        }
    }

    public GherkinDocument? Result(string uri)
    {
        var document = Current.Single<GherkinDocument>(RuleType.GherkinDocument);
        return document is null ? null : document with { Uri = uri };
    }

    private object? Transform(AstNode node) => node.RuleType switch
    {
        RuleType.Step => Step(node),
        RuleType.DocString => DocString(node),
        RuleType.DataTable => DataTable(node),
        RuleType.Background => Background(node),
        RuleType.ScenarioDefinition => Scenario(node),
        RuleType.ExamplesDefinition => Examples(node),
        RuleType.ExamplesTable => TableRows(node),
        RuleType.Description => DescriptionText(node),
        RuleType.Feature => Feature(node),
        RuleType.Rule => Rule(node),
        RuleType.GherkinDocument => new GherkinDocument(null, node.Single<Feature>(RuleType.Feature), [.. _comments]),
        _ => node,
    };

    private Step Step(AstNode node)
    {
        var line = node.Token(TokenType.StepLine)!;
        return new Step(
            line.Location,
            line.MatchedKeyword ?? "",
            line.MatchedKeywordType,
            line.MatchedText ?? "",
            node.Single<DocString>(RuleType.DocString),
            node.Single<DataTable>(RuleType.DataTable),
            ids.NewId());
    }

    private static DocString DocString(AstNode node)
    {
        var separator = node.Tokens(TokenType.DocStringSeparator)[0];
        var content = string.Join('\n', node.Tokens(TokenType.Other).Select(t => t.MatchedText));
        var mediaType = string.IsNullOrEmpty(separator.MatchedText) ? null : separator.MatchedText;
        return new DocString(separator.Location, mediaType, content, separator.MatchedKeyword ?? "");
    }

    private DataTable DataTable(AstNode node)
    {
        var rows = TableRows(node);
        return new DataTable(rows[0].Location, rows);
    }

    private Background Background(AstNode node)
    {
        var line = node.Token(TokenType.BackgroundLine)!;
        var description = Description(node);
        var steps = node.Items<Step>(RuleType.Step).ToArray();
        return new Background(line.Location, line.MatchedKeyword ?? "", line.MatchedText ?? "", description, steps, ids.NewId());
    }

    private Scenario Scenario(AstNode node)
    {
        var tags = Tags(node);
        var scenario = node.Single<AstNode>(RuleType.Scenario)!;
        var line = scenario.Token(TokenType.ScenarioLine)!;
        return new Scenario(
            line.Location,
            tags,
            line.MatchedKeyword ?? "",
            line.MatchedText ?? "",
            Description(scenario),
            [.. scenario.Items<Step>(RuleType.Step)],
            [.. scenario.Items<Examples>(RuleType.ExamplesDefinition)],
            ids.NewId());
    }

    private Examples Examples(AstNode node)
    {
        var tags = Tags(node);
        var examples = node.Single<AstNode>(RuleType.Examples)!;
        var line = examples.Token(TokenType.ExamplesLine)!;
        var table = examples.Single<List<TableRow>>(RuleType.ExamplesTable);
        return new Examples(
            line.Location,
            tags,
            line.MatchedKeyword ?? "",
            line.MatchedText ?? "",
            Description(examples),
            table?[0],
            table is null ? [] : [.. table.Skip(1)],
            ids.NewId());
    }

    private Feature? Feature(AstNode node)
    {
        var header = node.Single<AstNode>(RuleType.FeatureHeader);
        var line = header?.Token(TokenType.FeatureLine);
        if (header is null || line is null)
        {
            return null;
        }

        var tags = Tags(header);
        var children = new List<FeatureChild>();
        if (node.Single<Background>(RuleType.Background) is { } background)
        {
            children.Add(new FeatureChild(Background: background));
        }

        children.AddRange(node.Items<Scenario>(RuleType.ScenarioDefinition).Select(s => new FeatureChild(Scenario: s)));
        children.AddRange(node.Items<Rule>(RuleType.Rule).Select(r => new FeatureChild(Rule: r)));
        return new Feature(
            line.Location, tags, line.MatchedLanguage, line.MatchedKeyword, line.MatchedText ?? "", Description(header), children);
    }

    private Rule? Rule(AstNode node)
    {
        var header = node.Single<AstNode>(RuleType.RuleHeader);
        var line = header?.Token(TokenType.RuleLine);
        if (header is null || line is null)
        {
            return null;
        }

        var tags = Tags(header);
        var children = new List<RuleChild>();
        if (node.Single<Background>(RuleType.Background) is { } background)
        {
            children.Add(new RuleChild(Background: background));
        }

        children.AddRange(node.Items<Scenario>(RuleType.ScenarioDefinition).Select(s => new RuleChild(Scenario: s)));
        return new Rule(line.Location, tags, line.MatchedKeyword ?? "", line.MatchedText ?? "", Description(header), children, ids.NewId());
    }

    private Tag[] Tags(AstNode node)
    {
        if (node.Single<AstNode>(RuleType.Tags) is not { } tags)
        {
            return [];
        }

        return
        [
            .. tags.Tokens(TokenType.TagLine).SelectMany(token =>
                token.MatchedItems.Select(item => new Tag(new Location(token.LineNumber, item.Column), item.Text, ids.NewId()))),
        ];
    }

    private List<TableRow> TableRows(AstNode node)
    {
        var rows = node.Tokens(TokenType.TableRow)
            .Select(token => new TableRow(
                token.Location,
                [.. token.MatchedItems.Select(cell => new TableCell(new Location(token.LineNumber, cell.Column), cell.Text))],
                ids.NewId()))
            .ToList();
        foreach (var row in rows.Where(r => r.Cells.Count != rows[0].Cells.Count))
        {
            throw new GherkinSyntaxException(ParseError.At(
                ParseErrorKind.InconsistentCellCount, row.Location, "inconsistent cell count within the table"));
        }

        return rows;
    }

    private static string Description(AstNode node) => node.Single<string>(RuleType.Description) ?? "";

    // Description lines keep their indentation; trailing blank lines are dropped.
    private static string DescriptionText(AstNode node)
    {
        var lines = node.Tokens(TokenType.Other).ToList();
        while (lines.Count > 0 && lines[^1].Line!.IsEmpty)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines.Select(t => t.MatchedText));
    }
}
