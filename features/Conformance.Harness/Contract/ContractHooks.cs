using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Contract;

/// <summary>
/// Every REST response of every scenario is held to openapi.json, not only in @contract
/// scenarios: after each scenario its exchanges are checked, the findings attached, and an error
/// fails the scenario.
/// </summary>
public sealed class ContractHooks(TargetSession session, ContractBook contract, ScenarioOutput output)
{
    [AfterScenario(Order = 100)]
    public void EveryResponseMatchesTheContract()
    {
        var broken = new List<string>();
        foreach (var exchange in session.Rest.Exchanges)
        {
            var violations = contract.Check(exchange);
            foreach (var warning in violations.Where(v => v.Severity != Contracts.ViolationSeverity.Error))
            {
                output.Log($"contract warning: {exchange.Method} {exchange.RelativePath} → {exchange.Status}: {warning}");
            }

            var errors = violations.Where(v => v.Severity == Contracts.ViolationSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                broken.Add($"{exchange}\n    " + string.Join("\n    ", errors));
            }
        }

        if (broken.Count > 0)
        {
            throw new HarnessAssertionException($"{broken.Count} response(s) break openapi.json:\n  " + string.Join("\n  ", broken));
        }
    }
}
