using System.Globalization;
using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class BudgetSteps(TurnBudget budget)
{
    [Given("the turn budgets are:")]
    public void TurnBudgetsAre(DataTable table)
    {
        foreach (var row in table.ToDictionaries())
        {
            budget.BudgetsMs[row["phase"]] = int.Parse(row["budget ms"], CultureInfo.InvariantCulture);
        }
    }

    [Given("the agent replied after {int} ms")]
    public void AgentRepliedAfter(int milliseconds) => budget.LatencyMs = milliseconds;

    [When("the reply is judged against the {string} budget")]
    public void JudgedAgainst(string phase) =>
        budget.Verdict = budget.LatencyMs <= budget.BudgetsMs[phase] ? "pass" : "fail";

    [Then("the verdict is {string}")]
    public void VerdictIs(string expected) => Assert.Equal(expected, budget.Verdict);
}
