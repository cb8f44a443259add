using Conformance.Gherkin.Expressions;

namespace Conformance.Gherkin.Tests.Expressions;

public sealed class CucumberExpressionTests
{
    private readonly ParameterTypeRegistry _registry = new();

    [Theory]
    [InlineData("I have {int} cucumbers", "I have 42 cucumbers", "42")]
    [InlineData("I have {int} cucumbers", "I have -3 cucumbers", "-3")]
    [InlineData("it weighs {float} kg", "it weighs 1.5 kg", "1.5")]
    [InlineData("it weighs {float} kg", "it weighs .5 kg", ".5")]
    [InlineData("the {word} path", "the happy path", "happy")]
    [InlineData("I say {string}", "I say \"hello world\"", "hello world")]
    [InlineData("I say {string}", "I say 'it''s'", null)]
    [InlineData("I say {string}", "I say 'hi \\'there\\''", "hi 'there'")]
    [InlineData("anything {} goes", "anything at all goes", "at all")]
    public void Match_BuiltInParameter_ConvertsArgument(string expression, string text, string? expected)
    {
        var match = new CucumberExpression(expression, _registry).Match(text);

        if (expected is null)
        {
            Assert.Null(match);
            return;
        }

        var argument = Assert.Single(Assert.IsAssignableFrom<IReadOnlyList<ExpressionArgument>>(match));
        Assert.Equal(expected, argument.ParameterType!.Transform(argument.GroupValues, typeof(string)));
    }

    [Fact]
    public void Match_IntConvertedToDeclaredType_UsesThatType()
    {
        var argument = new CucumberExpression("{int} ms", _registry).Match("250 ms")![0];

        Assert.Equal(250L, argument.ParameterType!.Transform(argument.GroupValues, typeof(long)));
        Assert.Equal(250, argument.ParameterType!.Transform(argument.GroupValues, typeof(int)));
    }

    [Theory]
    [InlineData("I have {int} cucumber(s)", "I have 1 cucumber", true)]
    [InlineData("I have {int} cucumber(s)", "I have 2 cucumbers", true)]
    [InlineData("I have {int} cucumber(s)", "I have 2 cucumberss", false)]
    [InlineData("in my belly/stomach", "in my stomach", true)]
    [InlineData("in my belly/stomach", "in my belly", true)]
    [InlineData("in my belly/stomach", "in my bellystomach", false)]
    [InlineData("the {int}st/nd/rd/th caller", "the 3rd caller", true)]
    [InlineData("a cat(s)/dog(s)", "a dogs", true)]
    [InlineData("escaped \\(not optional\\)", "escaped (not optional)", true)]
    [InlineData("escaped \\{int\\}", "escaped {int}", true)]
    [InlineData("a\\/b", "a/b", true)]
    [InlineData("regex chars .*+? stay literal", "regex chars .*+? stay literal", true)]
    [InlineData("regex chars .*+? stay literal", "regex chars xxxx stay literal", false)]
    public void Match_OptionalsAlternativesAndEscapes_MatchAsCucumberDefines(string expression, string text, bool matches) =>
        Assert.Equal(matches, new CucumberExpression(expression, _registry).Match(text) is not null);

    [Fact]
    public void Match_Arguments_ReportStartAndValue()
    {
        var arguments = new CucumberExpression("from {int} to {string}", _registry).Match("from 12 to \"x\"")!;

        Assert.Equal(2, arguments.Count);
        Assert.Equal((5, "12"), (arguments[0].Group.Start!.Value, arguments[0].Group.Value!));
        Assert.Equal((11, "\"x\""), (arguments[1].Group.Start!.Value, arguments[1].Group.Value!));
        Assert.Equal("x", arguments[1].Group.Children![0].Value);
    }

    [Theory]
    [InlineData("a {unknown} b", "Undefined parameter type 'unknown'", 3)]
    [InlineData("a (b", "The '(' does not have a matching ')'", 3)]
    [InlineData("a {int", "The '{' does not have a matching '}'", 3)]
    [InlineData("a ({int})", "An optional may not contain a parameter type", 4)]
    [InlineData("a ((b))", "An optional may not contain an other optional", 4)]
    [InlineData("a ()", "An optional must contain some text", 3)]
    [InlineData("a /b", "Alternative may not be empty", 3)]
    [InlineData("a (b)/c", "An alternative may not exclusively contain optionals", 3)]
    [InlineData("a (b/c)", "An alternation can not be used inside an optional", 5)]
    [InlineData("a \\x", "Only the characters '{', '}', '(', ')', '\\', '/' and whitespace can be escaped", 3)]
    [InlineData("a \\", "The end of line can not be escaped", 3)]
    [InlineData("a {b(c}", "Parameter names may not contain '{', '}', '(', ')', '\\' or '/'", 5)]
    public void Constructor_MalformedExpression_ThrowsWithColumnAndProblem(string expression, string problem, int column)
    {
        var e = Assert.Throws<CucumberExpressionException>(() => new CucumberExpression(expression, _registry));

        Assert.Contains($"problem at column {column}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_CustomType_IsUsedByName()
    {
        _registry.Define(new ParameterType("codec", ["opus|pcmu|pcma"], typeof(string), (g, _) => g[0]!.ToUpperInvariant()));

        var argument = new CucumberExpression("the call uses {codec}", _registry).Match("the call uses opus")![0];

        Assert.Equal("OPUS", argument.ParameterType!.Transform(argument.GroupValues, typeof(string)));
        Assert.Throws<ArgumentException>(() => _registry.Define(new ParameterType("codec", ["x"], typeof(string), (g, _) => g[0])));
    }

    [Fact]
    public void RegularExpression_NestedGroups_TopLevelAreArguments()
    {
        var expression = new RegularExpression(@"^I wait (\d+) ?(ms|s(?:econds)?)( \((quietly)\))?$");

        var arguments = expression.Match("I wait 5 seconds (quietly)")!;

        Assert.Equal(3, expression.ArgumentCount);
        Assert.Equal(["5", "seconds", " (quietly)"], arguments.Select(a => a.Group.Value));
        Assert.Equal("quietly", arguments[2].Group.Children![0].Value);
    }

    [Theory]
    [InlineData("^anchored", typeof(RegularExpression))]
    [InlineData("anchored$", typeof(RegularExpression))]
    [InlineData("plain {int}", typeof(CucumberExpression))]
    public void Factory_Anchors_ChooseRegularExpression(string pattern, Type kind) =>
        Assert.IsType(kind, StepExpressionFactory.Create(pattern, _registry));

    [Fact]
    public void Parse_RandomPunctuation_ThrowsOnlyExpressionErrors()
    {
        var random = new Random(11);
        const string alphabet = "ab {}()/\\ int";
        for (var i = 0; i < 3000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            try
            {
                var expression = new CucumberExpression(text, _registry);
                _ = expression.Match(text);
            }
            catch (CucumberExpressionException)
            {
            }
        }
    }
}
