using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;
using Conformance.Harness.Drivers.Rest;

namespace Conformance.Harness.Steps;

/// <summary>Checks on the scenario's last REST exchange.</summary>
public sealed class ResponseSteps(VoiceScenario scenario)
{
    [Then("the response is {int}")]
    public void StatusIs(int status) => Expect(status, null);

    [Then("the response is {int} with status {string}")]
    public void StatusWithField(int status, string value) => Expect(status, value);

    private void Expect(int status, string? statusField)
    {
        var exchange = scenario.LastExchange ?? throw new InvalidOperationException("The scenario made no request.");
        if (exchange.Status != status)
        {
            throw new HarnessAssertionException($"Expected {status}: {exchange}");
        }

        if (statusField is not null && exchange.Json?["status"]?.GetValue<string>() != statusField)
        {
            throw new HarnessAssertionException($"Expected status \"{statusField}\" in the body: {exchange}");
        }
    }
}
