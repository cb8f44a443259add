using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Pickles;

namespace Conformance.Gherkin.Running;

/// <summary>
/// C# for a step definition that would match an undefined step: numbers and quoted strings become
/// <c>{int}</c>, <c>{float}</c>, <c>{string}</c> (and custom types marked for snippets) parameters,
/// the rest of the text is escaped into a Cucumber expression.
/// </summary>
public static class SnippetGenerator
{
    private static readonly string[] s_builtIns = ["int", "float", "string"];

    public static string Generate(PickleStep step, ParameterTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(registry);
        var candidates = s_builtIns
            .Select(registry.Lookup)
            .OfType<ParameterType>()
            .Concat(registry.Defined.Where(p => p.UseForSnippets))
            .Select(p => (type: p, regex: new Regex($"(?:{string.Join("|", p.RegularExpressions)})", RegexOptions.CultureInvariant)))
            .ToArray();

        var text = step.Text;
        var expression = new StringBuilder();
        var parameters = new List<string>();
        var words = new StringBuilder();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        while (position <= text.Length)
        {
            var best = candidates
                .Select(c => (c.type, match: NextAtWordBoundary(c.regex, text, position)))
                .Where(m => m.match is not null)
                .OrderBy(m => m.match!.Index)
                .ThenByDescending(m => m.match!.Length)
                .FirstOrDefault();
            var end = best.match?.Index ?? text.Length;
            var literal = text[position..end];
            expression.Append(Escape(literal));
            words.Append(' ').Append(literal);
            if (best.match is null)
            {
                break;
            }

            var name = best.type.Name;
            counts[name] = counts.GetValueOrDefault(name) + 1;
            expression.Append('{').Append(name).Append('}');
            parameters.Add($"{CSharpType(best.type)} {name}{counts[name].ToString(CultureInfo.InvariantCulture)}");
            position = best.match.Index + best.match.Length;
        }

        if (step.Argument?.DataTable is not null)
        {
            parameters.Add("DataTable table");
        }

        if (step.Argument?.DocString is not null)
        {
            parameters.Add("DocString docString");
        }

        var keyword = step.Type switch
        {
            PickleStepType.Action => "When",
            PickleStepType.Outcome => "Then",
            _ => "Given",
        };
        var literalExpression = expression.ToString().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $$"""
            [{{keyword}}("{{literalExpression}}")]
            public void {{MethodName(words.ToString())}}({{string.Join(", ", parameters)}})
            {
                throw new PendingStepException();
            }
            """;
    }

    // A parameter only where a whole word is: "abc123" stays text.
    private static Match? NextAtWordBoundary(Regex regex, string text, int from)
    {
        for (var match = regex.Match(text, from); match.Success; match = match.NextMatch())
        {
            var startOk = match.Index == 0 || !char.IsLetterOrDigit(text[match.Index - 1]);
            var endOk = match.Index + match.Length == text.Length || !char.IsLetterOrDigit(text[match.Index + match.Length]);
            if (match.Length > 0 && startOk && endOk)
            {
                return match;
            }
        }

        return null;
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '(' or '{' or '/' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string CSharpType(ParameterType type) => type.Name switch
    {
        "int" => "int",
        "float" => "double",
        "string" => "string",
        _ => type.Type.Name,
    };

    private static string MethodName(string words)
    {
        var name = new StringBuilder();
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.Length == 0 || char.IsDigit(name[0]) ? "Step" + name : name.ToString();
    }
}
