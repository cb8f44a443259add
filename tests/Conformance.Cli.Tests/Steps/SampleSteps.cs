using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting;

namespace Conformance.Cli.Tests.Steps;

/// <summary>
/// The CLI tests' own tiny step assembly (this test assembly), so they do not depend on the
/// conformance suite: arithmetic that passes or fails, a timeline attachment, a rendezvous that
/// only succeeds when two scenarios run at once, and a step that waits to be interrupted.
/// </summary>
public sealed class SampleSteps(ScenarioOutput output, Rendezvous rendezvous)
{
    private int _number;

    [Given("the number {int}")]
    public void Number(int n) => _number = n;

    [Then("it is less than {int}")]
    public void LessThan(int limit)
    {
        if (_number >= limit)
        {
            throw new InvalidOperationException($"{_number} is not less than {limit}");
        }
    }

    [Then("a timeline is attached")]
    public void Timeline() => output.AttachTimeline(new ScenarioTimeline(
        "gap",
        "start",
        [TimelineTrack.FromPcm("caller", TrackRole.Caller, new short[800], 8000, 0)],
        [new TimelineSpan("caller", 10, 90, "speech", TimelineSpanKind.CallerSpeechTruth)],
        [new TimelineEvent(50, "commit", TimelineEventSource.Journal, TimelineEventKind.Commit)],
        [Measurement.Interval("turn gap", 90, 140, 20).Expect(50, 20)]));

    [When("two scenarios meet")]
    public Task Meet(CancellationToken cancellationToken) => rendezvous.ArriveAsync(cancellationToken);

    [When("the step {string} waits to be interrupted")]
    public static Task WaitForInterrupt(string key, CancellationToken cancellationToken)
    {
        Interrupts.Started(key);
        return Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
    }
}
