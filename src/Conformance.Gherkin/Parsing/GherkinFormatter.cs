using System.Text;
using Conformance.Gherkin.Ast;

namespace Conformance.Gherkin.Parsing;

/// <summary>
/// Writes a document back as plain Gherkin in a canonical layout (two-space indentation, aligned
/// table columns, <c># language:</c> when not English). Parsing the output gives the same document
/// apart from locations, ids and comments (which it does not keep).
/// </summary>
public static class GherkinFormatter
{
    public static string Format(GherkinDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Feature is not { } feature)
        {
            return "";
        }

        var text = new StringBuilder();
        if (feature.Language != GherkinDialects.DefaultLanguage)
        {
            text.Append("# language: ").Append(feature.Language).Append('\n');
        }

        Header(text, "", feature.Tags, feature.Keyword ?? "Feature", feature.Name, feature.Description);
        foreach (var child in feature.Children)
        {
            if (child.Background is { } background)
            {
                Background(text, "  ", background);
            }
            else if (child.Scenario is { } scenario)
            {
                Scenario(text, "  ", scenario);
            }
            else if (child.Rule is { } rule)
            {
                text.Append('\n');
                Header(text, "  ", rule.Tags, rule.Keyword, rule.Name, rule.Description);
                foreach (var ruleChild in rule.Children)
                {
                    if (ruleChild.Background is { } ruleBackground)
                    {
                        Background(text, "    ", ruleBackground);
                    }
                    else if (ruleChild.Scenario is { } ruleScenario)
                    {
                        Scenario(text, "    ", ruleScenario);
                    }
                }
            }
        }

        return text.ToString();
    }

    private static void Header(StringBuilder text, string indent, IReadOnlyList<Tag> tags, string keyword, string name, string description)
    {
        if (tags.Count > 0)
        {
            text.Append(indent).Append(string.Join(' ', tags.Select(t => t.Name))).Append('\n');
        }

        text.Append(indent).Append(keyword).Append(':').Append(name.Length > 0 ? " " + name : "").Append('\n');
        if (description.Length > 0)
        {
            // Kept verbatim: a description's lines keep their own indentation.
            text.Append(description).Append('\n');
        }
    }

    private static void Background(StringBuilder text, string indent, Background background)
    {
        text.Append('\n');
        Header(text, indent, [], background.Keyword, background.Name, background.Description);
        Steps(text, indent + "  ", background.Steps);
    }

    private static void Scenario(StringBuilder text, string indent, Scenario scenario)
    {
        text.Append('\n');
        Header(text, indent, scenario.Tags, scenario.Keyword, scenario.Name, scenario.Description);
        Steps(text, indent + "  ", scenario.Steps);
        foreach (var examples in scenario.Examples)
        {
            text.Append('\n');
            Header(text, indent + "  ", examples.Tags, examples.Keyword, examples.Name, examples.Description);
            if (examples.TableHeader is { } header)
            {
                Table(text, indent + "    ", [header, .. examples.TableBody]);
            }
        }
    }

    private static void Steps(StringBuilder text, string indent, IEnumerable<Step> steps)
    {
        foreach (var step in steps)
        {
            text.Append(indent).Append(step.Keyword).Append(step.Text).Append('\n');
            var arguments = new List<(int Line, Action Write)>();
            if (step.DataTable is { } table)
            {
                arguments.Add((table.Location.Line, () => Table(text, indent + "  ", table.Rows)));
            }

            if (step.DocString is { } docString)
            {
                arguments.Add((docString.Location.Line, () => DocString(text, indent + "  ", docString)));
            }

            foreach (var argument in arguments.OrderBy(a => a.Line))
            {
                argument.Write();
            }
        }
    }

    // The original fence, escaped where the content holds it. (The reference parser unescapes only
    // the first fence on a line, so a line holding two does not survive a round trip.)
    private static void DocString(StringBuilder text, string indent, DocString docString)
    {
        var fence = docString.Delimiter is "\"\"\"" or "```" ? docString.Delimiter : "\"\"\"";
        var escaped = fence == "\"\"\"" ? "\\\"\\\"\\\"" : "\\`\\`\\`";
        text.Append(indent).Append(fence).Append(docString.MediaType).Append('\n');
        foreach (var line in docString.Content.Split('\n'))
        {
            text.Append(indent).Append(line.Replace(fence, escaped, StringComparison.Ordinal)).Append('\n');
        }

        text.Append(indent).Append(fence).Append('\n');
    }

    private static void Table(StringBuilder text, string indent, IReadOnlyList<TableRow> rows)
    {
        var cells = rows.Select(r => r.Cells.Select(c => Escape(c.Value)).ToArray()).ToArray();
        var widths = Enumerable.Range(0, cells.Max(r => r.Length))
            .Select(i => cells.Max(r => i < r.Length ? r[i].Length : 0))
            .ToArray();
        foreach (var row in cells)
        {
            text.Append(indent).Append('|');
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(' ').Append(row[i].PadRight(widths[i])).Append(" |");
            }

            text.Append('\n');
        }
    }

    private static string Escape(string cell) =>
        cell.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
