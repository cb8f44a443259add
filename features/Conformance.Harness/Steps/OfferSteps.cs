using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Steps;

/// <summary>WebRTC offers a surface must refuse.</summary>
public sealed class OfferSteps(VoiceScenario scenario)
{
    [When(@"^a WebRTC offer with only G722 is sent to (Everruns|OpenAI)$")]
    public Task G722Only(string surface, CancellationToken ct) =>
        WebRtcCalls.OfferOnlyAsync(scenario.Session, scenario.Agents, surface == "OpenAI" ? SurfaceName.OpenAI : SurfaceName.Everruns, [("G722", 9, 8000)], ct);

    [Then("the offer is refused with the documented 400 error")]
    public void Refused()
    {
        var exchange = scenario.LastExchange ?? throw new InvalidOperationException("No offer was sent.");
        if (exchange.Status != 400)
        {
            throw new HarnessAssertionException($"An offer with no codec in common was not refused with 400: {exchange}");
        }
    }
}
