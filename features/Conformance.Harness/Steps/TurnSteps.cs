using Conformance.Gherkin.Bindings;
using Conformance.Harness.Calls;

namespace Conformance.Harness.Steps;

/// <summary>When the agent takes the turn, and when it must not.</summary>
public sealed class TurnSteps(VoiceScenario scenario)
{
    [Then("the agent starts answering {int} ms plus its thinking time after the caller stopped")]
    public Task AnswersAfter(int silenceMs, CancellationToken ct) => TurnTaking.ExpectReplyAfterSilenceAsync(scenario, silenceMs, ct);

    [Then("the agent stays silent for {int} seconds after the caller stopped")]
    public Task SilentAfterCaller(int seconds, CancellationToken ct) => TurnTaking.ExpectSilenceAfterCallerAsync(scenario, seconds * 1000, ct);

    [Then("the agent stays silent until the caller has finished")]
    public Task SilentUntilFinished(CancellationToken ct) => TurnTaking.ExpectNoReplyBeforeCallerFinishedAsync(scenario, ct);

    [Then("the agent stays silent for {int} seconds")]
    public Task SilentFromStart(int seconds, CancellationToken ct) => TurnTaking.ExpectSilenceFromStartAsync(scenario, seconds * 1000, ct);
}
