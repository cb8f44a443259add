using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Pickles;
using Conformance.Gherkin.Running;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Running;

public sealed class ValidationTests
{
    private readonly RunHarness _harness = new();

    [Fact]
    public void Validate_BrokenSuite_ListsEveryProblemBeforeRunning()
    {
        var plan = _harness.Plan(
            [typeof(GoodSteps), typeof(BrokenSteps)],
            null,
            ("good.feature", """
                Feature: Good
                  Scenario: undefined twice, reported once
                    Given a defined step
                    When an undefined step with 3 calls
                    And an undefined step with 3 calls
                    Then a step matching twice
                """),
            ("bad.feature", """
                Feature: Bad
                  Scenario: broken
                    Given a step
                      | a | b |
                      | c |
                """));

        var problems = plan.Validate();

        Assert.Equal(
            [ValidationProblemKind.ParseError, ValidationProblemKind.BindingProblem, ValidationProblemKind.BindingProblem,
             ValidationProblemKind.BindingProblem, ValidationProblemKind.BindingProblem, ValidationProblemKind.UndefinedStep, ValidationProblemKind.AmbiguousStep],
            problems.Select(p => p.Kind));
        Assert.Equal("bad.feature:5", problems[0].Where);
        Assert.Contains("inconsistent cell count", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.Message.Contains("takes 0 parameter(s) but the expression has 1 argument(s)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("Undefined parameter type 'nope'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("returns void, Task or ValueTask, not Int32", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("which {int} cannot produce", StringComparison.Ordinal));
        var undefined = problems[5];
        Assert.Equal("good.feature:4", undefined.Where);
        Assert.Contains("[When(\"an undefined step with {int} calls\")]", undefined.Snippet, StringComparison.Ordinal);
        Assert.Contains("a step matching twice", problems[6].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I have 5 cukes", PickleStepType.Context, "[Given(\"I have {int} cukes\")]", "public void IHaveCukes(int int1)")]
    [InlineData("the price is 1.25 or 3", PickleStepType.Outcome, "[Then(\"the price is {float} or {int}\")]", "public void ThePriceIsOr(double float1, int int1)")]
    [InlineData("I say \"hi\" and 'bye'", PickleStepType.Action, "[When(\"I say {string} and {string}\")]", "public void ISayAnd(string string1, string string2)")]
    [InlineData("a (special) {char} a/b \\ c", PickleStepType.Unknown, "[Given(\"a \\\\(special) \\\\{char} a\\\\/b \\\\\\\\ c\")]", "public void ASpecialCharAbC()")]
    [InlineData("route66 stays text", PickleStepType.Context, "[Given(\"route66 stays text\")]", "public void Route66StaysText()")]
    [InlineData("42", PickleStepType.Context, "[Given(\"{int}\")]", "public void Step(int int1)")]
    public void Snippet_StepText_BecomesAMatchingDefinition(string text, PickleStepType type, string attribute, string signature)
    {
        var snippet = SnippetGenerator.Generate(new PickleStep(null, [], "1", type, text), new ParameterTypeRegistry());

        Assert.Equal(attribute, snippet.Split('\n')[0]);
        Assert.Equal(signature, snippet.Split('\n')[1]);
    }

    [Fact]
    public void Snippet_GeneratedExpression_MatchesTheStepItCameFrom()
    {
        var registry = new ParameterTypeRegistry();
        foreach (var text in new[] { "I have 5 cukes", "the price is 1.25 or 3", "I say \"hi\" and 'bye'", "a (special) {char} a/b \\ c", "-7 degrees" })
        {
            var attribute = SnippetGenerator.Generate(new PickleStep(null, [], "1", PickleStepType.Context, text), registry).Split('\n')[0];
            var expression = attribute["[Given(\"".Length..^"\")]".Length].Replace("\\\\", "\\", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);

            Assert.NotNull(new CucumberExpression(expression, registry).Match(text));
        }
    }

    [Fact]
    public void Snippet_StepWithTable_TakesADataTable()
    {
        var step = new PickleStep(new PickleStepArgument(null, new PickleTable([])), [], "1", PickleStepType.Context, "these calls:");

        Assert.Contains("public void TheseCalls(DataTable table)", SnippetGenerator.Generate(step, new ParameterTypeRegistry()), StringComparison.Ordinal);
    }

    [Fact]
    public void Bindings_FromAssemblies_TakesOnlyPublicClasses()
    {
        var registry = BindingRegistry.FromAssemblies([typeof(ValidationTests).Assembly], new IncrementingIdGenerator());

        Assert.DoesNotContain(registry.Steps, s => s.Method.DeclaringType == typeof(BrokenSteps) || s.Method.DeclaringType == typeof(GoodSteps));
        Assert.Empty(registry.Problems);
        Assert.Contains(registry.Steps, s => s.Method.DeclaringType == typeof(Samples.BudgetSteps));
    }

    private sealed class GoodSteps
    {
        [Given("a defined step")]
        public static void Defined()
        {
        }

        [Then("a step matching twice")]
        public static void Twice()
        {
        }

        [Then("a step matching {word}")]
        public static void TwiceToo(string word) => Assert.NotNull(word);
    }

    private sealed class BrokenSteps
    {
        [Given("a count of {int}")]
        public static void MissingParameter()
        {
        }

        [Given("a {nope} parameter")]
        public static void UnknownType()
        {
        }

        [Given("a result")]
        public static int ReturnsValue() => 1;

        [Given("a number {int}")]
        public static void WrongType(List<int> numbers) => Assert.NotNull(numbers);
    }
}
