using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>Interruptions: when the agent stops, what leaked, the clear and the marks.</summary>
public sealed class BargeInSteps(VoiceScenario scenario)
{
    [Then("the agent's audio stops {int} ms after the caller started speaking")]
    public Task Stops(int ms, CancellationToken ct) => BargeIn.ExpectStopAsync(scenario, ms, ct);

    [Then("the caller hears at most {int} ms of the agent while speaking")]
    public Task LeakAtMost(int ms, CancellationToken ct) => BargeIn.ExpectLeakAtMostAsync(scenario, ms, ct);

    [Then("the clear arrives within {int} ms of the caller starting to speak")]
    public Task ClearWithin(int ms, CancellationToken ct) => BargeIn.ExpectClearWithinAsync(scenario, ms, ct);

    [Then("the agent keeps talking through the caller's {string}")]
    public Task KeepsTalking(string clip, CancellationToken ct) => BargeIn.ExpectKeepsTalkingAsync(scenario, clip, ct);

    [Then("the played position the agent recorded for its cut reply is what the caller heard")]
    public Task PlayedPosition(CancellationToken ct) => BargeIn.ExpectPlayedPositionAsync(scenario, ct);

    [Then("no clear was sent")]
    public Task NoClear(CancellationToken ct) => BargeIn.ExpectNoClearAsync(scenario, ct);

    [Then("the agent placed marks after its audio")]
    public Task Marks(CancellationToken ct) => BargeIn.ExpectMarksAsync(scenario, ct);

    [Then("the agent sent none of the cut reply's audio after its clear")]
    public Task NothingAfterClear(CancellationToken ct) => BargeIn.ExpectNothingAfterClearAsync(scenario, ct);

    [Then(@"^every message the agent sent was valid (Twilio|Telnyx|Plivo)$")]
    public Task ValidProtocol(string provider, CancellationToken ct) => BargeIn.ExpectValidProtocolAsync(scenario, provider, ct);

    [Then("the greeting plays to its end")]
    public Task GreetingToEnd(CancellationToken ct) => Greeting.ExpectPlayedToEndAsync(scenario, ct);

    [Then("the agent does not answer what was said over the greeting")]
    public Task NoAnswerOverGreeting(CancellationToken ct) => TurnTaking.ExpectNoAnswerAfterGreetingAsync(scenario, 2000, ct);
}
