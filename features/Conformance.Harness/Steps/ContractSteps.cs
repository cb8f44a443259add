using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;
using Conformance.Harness.Contract;

namespace Conformance.Harness.Steps;

/// <summary>Operations of the contract, called on purpose: each documented success and error.</summary>
public sealed class ContractSteps(VoiceScenario scenario, ContractBook contract, ContractProbe probe)
{
    [ParameterType("case", ContractCases.Pattern)]
    public static ContractCase Case(string words) => ContractCases.Parse(words);

    [When("the operation {string} is called {case}")]
    public Task Call(string operationId, ContractCase contractCase, CancellationToken ct) => probe.RunAsync(operationId, contractCase, ct);

    [Then("the response matches the contract")]
    public void MatchesTheContract()
    {
        var exchange = scenario.LastExchange ?? throw new InvalidOperationException("The scenario made no request.");
        var errors = contract.Errors(exchange);
        if (errors.Count > 0)
        {
            throw new HarnessAssertionException($"The response breaks openapi.json:\n  {exchange}\n  " + string.Join("\n  ", errors));
        }

        if (contract.Operation(exchange) is { } match)
        {
            scenario.Note($"{match.Operation} → {exchange.Status}: matches the contract");
        }
    }
}
