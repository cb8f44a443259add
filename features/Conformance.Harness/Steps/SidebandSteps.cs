using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>A server-side controller on an OpenAI call's realtime sideband.</summary>
public sealed class SidebandSteps(VoiceScenario scenario)
{
    [Given("a controller on the call's realtime sideband")]
    public Task Controller(CancellationToken ct) => Truncation.OpenAsync(scenario, ct);

    [When("the caller has heard {int} ms of the agent's reply")]
    public Task HeardOfReply(int ms, CancellationToken ct) => Truncation.HeardOfReplyAsync(scenario, ms, ct);

    [When("the controller truncates the reply at what the caller heard")]
    public async Task TruncateAtHeard(CancellationToken ct) => scenario.LastTruncate = await Truncation.TruncateAsync(scenario, null, ct);

    [When("the controller truncates the reply {int} ms in")]
    public async Task TruncateAt(int ms, CancellationToken ct) => scenario.LastTruncate = await Truncation.TruncateAsync(scenario, ms, ct);

    [Then("the sideband confirms the truncation at that position")]
    public Task Confirmed(CancellationToken ct) => Truncation.ExpectConfirmedAsync(scenario, Sent, ct);

    [Then("the sideband refuses the truncation with {string}")]
    public Task Refused(string code, CancellationToken ct) => Truncation.ExpectRefusedAsync(scenario, Sent, code, ct);

    private Truncation.SentTruncate Sent => scenario.LastTruncate ?? throw new InvalidOperationException("No truncate was sent ('the controller truncates the reply …').");
}
