using Conformance.Gherkin.Expressions;

namespace Conformance.Gherkin.Tests.Expressions;

public sealed class TagExpressionTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("@a and @b", "( @a and @b )")]
    [InlineData("@a or @b and @c", "( @a or ( @b and @c ) )")]
    [InlineData("not @a or @b", "( not ( @a ) or @b )")]
    [InlineData("not (@a or @b) and @c", "( not ( @a or @b ) and @c )")]
    [InlineData("@a and @b and @c", "( ( @a and @b ) and @c )")]
    [InlineData("@a\\(1\\) or(@b)", "( @a\\(1\\) or @b )")]
    [InlineData("@x\\ y and @z", "( @x\\ y and @z )")]
    [InlineData("@back\\\\slash", "@back\\\\slash")]
    public void Parse_ValidExpression_FormatsFullyParenthesised(string expression, string formatted) =>
        Assert.Equal(formatted, TagExpression.Parse(expression).ToString());

    [Theory]
    [InlineData("@webrtc and not @slow", new[] { "@webrtc" }, true)]
    [InlineData("@webrtc and not @slow", new[] { "@webrtc", "@slow" }, false)]
    [InlineData("@webrtc and not @slow", new string[0], false)]
    [InlineData("@a or @b", new[] { "@b" }, true)]
    [InlineData("not @a", new string[0], true)]
    [InlineData("", new string[0], true)]
    [InlineData("@a\\(1\\)", new[] { "@a(1)" }, true)]
    [InlineData("webrtc", new[] { "@webrtc" }, false)]
    public void Evaluate_Tags_MatchesAsCucumberDoes(string expression, string[] tags, bool expected) =>
        Assert.Equal(expected, TagExpression.Parse(expression).Evaluate(tags));

    [Theory]
    [InlineData("@a @b", "Expected operator.")]
    [InlineData("@a and or", "Expected operand.")]
    [InlineData("@a and", "Expected operand.")]
    [InlineData("not", "Expected operand.")]
    [InlineData("or @a", "Expected operand.")]
    [InlineData("( @a and @b ) )", "Unmatched ).")]
    [InlineData("( ( @a )", "Unmatched (.")]
    [InlineData("@a or \\@b", "Illegal escape before \"@\".")]
    [InlineData("@a and (@b not)", "Expected operator.")]
    public void Parse_MalformedExpression_ThrowsCucumbersMessage(string expression, string what)
    {
        var e = Assert.Throws<TagExpressionException>(() => TagExpression.Parse(expression));

        Assert.Equal($"Tag expression \"{expression}\" could not be parsed because of syntax error: {what}", e.Message);
    }

    [Fact]
    public void TryParse_Malformed_ReturnsFalseWithMessage()
    {
        Assert.False(TagExpression.TryParse("@a and", out _, out var error));
        Assert.Contains("Expected operand", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RandomTokenSoup_NeverThrowsAnythingButTagExpressionException()
    {
        var random = new Random(7);
        string[] words = ["@a", "@b", "and", "or", "not", "(", ")", "\\", "\\(", " ", "x y"];
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(0, 8)).Select(_ => words[random.Next(words.Length)]));
            try
            {
                var parsed = TagExpression.Parse(text);
                Assert.Equal(parsed.ToString(), TagExpression.Parse(parsed.ToString()).ToString());
            }
            catch (TagExpressionException)
            {
            }
        }
    }
}
