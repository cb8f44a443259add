namespace Conformance.Gherkin.Tests.Support;

/// <summary>
/// Random feature files, valid and broken: lines drawn from Gherkin's constructs (keywords in two
/// languages, tags with and without whitespace, tables with escapes and uneven rows, both doc
/// string fences, comments, descriptions, Markdown headers and bullets) plus noise, with LF or CRLF.
/// </summary>
internal static class GherkinSoup
{
    private static readonly string[] s_lines =
    [
        "Feature: Calls", "Feature:", "  Background: setup", "  Background:", "  Rule: a rule", "Rule:",
        "  Scenario: one", "  Example: two", "  Scenario Outline: outline <a>", "  Scenario Template: t", "  Scenarios:",
        "    Examples:", "    Examples: named", "    Given a <a> step", "    When it runs", "    Then it is <b>", "    And also", "    But not",
        "    * star step", "      | a | b |", "      | 1 | 2 |", "      | x |", "      | \\| pipe | \\n new | \\\\ |", "      | trailing \\",
        "      |", "      | a | b", "      \"\"\"", "      \"\"\"json", "      ```", "      ```xml", "      \\\"\\\"\\\" escaped", "        indented text",
        "  @tag", "@t1 @t2", "  @bad tag", "@a@b", "@x #comment", "  # a comment", "#", "", "   ", "\t", "  free description",
        "description without indent", "# language: fr", "#language:no-such", "Fonctionnalité: Appels", "  Scénario: un", "    Soit un pas",
        "    Quand il tourne", "## Scenario: markdown", "* Given a bullet", " - When a dash", "  | --- | --- |", "```", "Given at the margin",
        "    Given 😐 emoji 💃", "\u00A0 non-breaking", "@", "| only |",
    ];

    public static string Document(Random random, int maxLines = 24)
    {
        var count = random.Next(0, maxLines + 1);
        var lines = new List<string>(count);
        if (random.Next(3) > 0)
        {
            lines.Add(random.Next(4) == 0 ? "@feature" : "Feature: generated");
        }

        for (var i = 0; i < count; i++)
        {
            lines.Add(random.Next(12) == 0 ? Noise(random) : s_lines[random.Next(s_lines.Length)]);
        }

        var newline = random.Next(5) == 0 ? "\r\n" : "\n";
        return string.Join(newline, lines) + (random.Next(2) == 0 ? newline : "");
    }

    /// <summary>A corpus file with lines dropped, duplicated or swapped.</summary>
    public static string Mutate(Random random, string source)
    {
        var lines = source.Split('\n').ToList();
        for (var edits = random.Next(1, 4); edits > 0 && lines.Count > 1; edits--)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(3))
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[random.Next(lines.Count)]);
                    break;
                default:
                    var j = random.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Noise(Random random)
    {
        const string alphabet = "ab |@#:\\\"`*-\t<>{}()/";
        return new string([.. Enumerable.Range(0, random.Next(1, 20)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
    }
}
