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

    [Then("the response carries Omnia's rate-limit headers")]
    public void RateLimitHeaders()
    {
        var exchange = scenario.LastExchange ?? throw new InvalidOperationException("The scenario made no request.");
        long Read(string name) => exchange.Header(name) is { } text && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new HarnessAssertionException($"The response has no integer {name} header (OMN-RATE-001): {exchange}");
        var limit = Read("X-RateLimit-Limit");
        var remaining = Read("X-RateLimit-Remaining");
        var reset = Read("X-RateLimit-Reset");
        if (remaining > limit)
        {
            throw new HarnessAssertionException($"X-RateLimit-Remaining {remaining} exceeds X-RateLimit-Limit {limit}.");
        }

        if (reset < exchange.At.ToUnixTimeSeconds())
        {
            throw new HarnessAssertionException($"X-RateLimit-Reset {reset} is in the past (the response was at {exchange.At.ToUnixTimeSeconds()}).");
        }
    }

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
