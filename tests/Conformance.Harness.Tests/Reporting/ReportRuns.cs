using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>
/// Runs inline features against chosen step classes with a still clock and incrementing ids, so
/// the messages repeat exactly. Stack traces (which name this repository's paths and lines) are
/// replaced by a fixed line, so golden files do not change when test code moves.
/// </summary>
internal static class ReportRuns
{
    public const string ElidedStackTrace = "   at (stack trace elided)";

    public static async Task<IReadOnlyList<Envelope>> MessagesAsync(IEnumerable<Type> stepTypes, params (string Uri, string Text)[] features)
    {
        var ids = new IncrementingIdGenerator();
        var plan = TestPlan.Create(
            FeatureSet.FromSources(features.Select(f => KeyValuePair.Create(f.Uri, f.Text)), ids),
            BindingRegistry.FromTypes(stepTypes, ids));
        var options = new TestRunOptions
        {
            Name = "report-test",
            TimeProvider = new StillClock(),
            Ids = ids,
            ReportsDirectory = null,
            Meta = new Meta("34.2.1", new Product("Conformance.Gherkin", "test"), new Product(".NET", "10"), new Product("linux"), new Product("x64")),
        };
        var run = await TestRun.StartAsync(plan, options, CancellationToken.None);
        foreach (var pickle in plan.Pickles)
        {
            await run.ExecuteAsync(pickle, CancellationToken.None);
        }

        await run.FinishAsync(CancellationToken.None);
        return [.. run.Messages.Select(ElideStackTrace)];
    }

    /// <summary>The sample run (<see cref="ReportSamples"/>) as NDJSON lines.</summary>
    public static async Task<string[]> SampleNdjsonAsync() =>
        [.. (await MessagesAsync(ReportSamples.StepTypes, ReportSamples.Features)).Select(MessageJson.Serialize)];

    private static Envelope ElideStackTrace(Envelope envelope) =>
        envelope.TestStepFinished is { TestStepResult.Exception: { } exception } finished
            ? envelope with
            {
                TestStepFinished = finished with
                {
                    TestStepResult = finished.TestStepResult with { Exception = exception with { StackTrace = ElidedStackTrace } },
                },
            }
            : envelope;
}
