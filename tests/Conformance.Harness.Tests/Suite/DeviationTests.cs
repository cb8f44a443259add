using System.Text.Json.Nodes;
using Conformance.Gherkin.Pickles;
using Conformance.Gherkin.Running;
using Conformance.Harness.Emulator;
using Conformance.Harness.Targets;
using Xunit.Abstractions;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// Every deliberate rule break the emulator can commit fails at least one scenario, for the
/// right reason: for each deviation of the emulator's catalog, the scenarios tagged with the
/// rules it breaks run against the emulator with the deviation on (for their tenants only, so
/// all deviations run side by side on one emulator), and at least one of them must fail on an
/// expectation — a Then step, or the contract check — not on a timeout while setting up. A
/// deviation's scenarios stop starting once one has failed that way (those running finish).
/// </summary>
[Trait("Category", "Suite")]
public sealed class DeviationTests(EmulatorFixture emulator, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    // Every deviation's run is on the same emulator, so they share one gate (one lease clock).
    private readonly ScenarioGate _gate = new();

    // All deviations' scenarios together run at most this many at once (as one five-runs run).

    /// <summary>Parameters for deviations that need them: chosen well outside every tolerance.</summary>
    private static readonly Dictionary<string, JsonObject> s_parameters = new(StringComparer.Ordinal)
    {
        ["rest.error_status_wrong"] = new() { ["from"] = 404, ["to"] = 400 },
        ["rest.response_field_missing"] = new() { ["field"] = "expires_at" },
        ["rest.success_status_wrong"] = new() { ["operation"] = "createTelephonyCall", ["status"] = 200 },
        ["media.reply_late"] = new() { ["ms"] = 400 },
        ["media.wrong_codec"] = new() { ["codec"] = "pcma" },
        ["media.wrong_sample_rate"] = new() { ["rate"] = 8000 },
        ["media.leak_after_cut"] = new() { ["ms"] = 200 },
    };

    [Fact]
    public async Task EveryDeviation_FailsAScenarioThatChecksTheRuleItBreaks()
    {
        await using var alone = await SuiteExclusion.AloneAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        using var calls = new SemaphoreSlim(FiveRunsTests.Parallelism);
        var catalog = await emulator.Target.Control!.DeviationCatalogAsync(timeout.Token);
        Assert.NotEmpty(catalog);
        var outcomes = await Task.WhenAll(catalog.Select(d => TryAsync(d, calls, timeout.Token)));

        foreach (var outcome in outcomes)
        {
            output.WriteLine(outcome.Summary);
        }

        var uncaught = outcomes.Where(o => !o.Caught).Select(o => o.Summary).ToList();
        Assert.True(uncaught.Count == 0, $"{uncaught.Count} of {outcomes.Length} deviations went unnoticed:\n" + string.Join("\n", uncaught));
    }

    private async Task<Outcome> TryAsync(DeviationInfo deviation, SemaphoreSlim calls, CancellationToken cancellationToken)
    {
        if (deviation.Breaks.Count == 0)
        {
            return new Outcome(false, $"{deviation.Name}: the catalog names no rule it breaks, so no scenario can be chosen for it");
        }

        var tags = $"({string.Join(" or ", deviation.Breaks.Select(b => "@" + b))}) and not @wip";
        var options = HarnessRunOptions.Default with { Deviations = [new DeviationRequest(deviation.Name, s_parameters.GetValueOrDefault(deviation.Name))] };
        SuiteRunner.SuiteRun run;
        try
        {
            run = await SuiteRunner.RunAsync(tags, FiveRunsTests.Parallelism, emulator.Target, options, "deviation-" + deviation.Name, cancellationToken, _gate, calls, FailedOnAnExpectation);
        }
        catch (Gherkin.Expressions.TagExpressionException e)
        {
            return new Outcome(false, $"{deviation.Name}: {e.Message}");
        }

        var result = run.Result;
        if (result.Pickles.Count == 0)
        {
            return new Outcome(false, $"{deviation.Name}: no scenario is tagged with {string.Join(", ", deviation.Breaks)}");
        }

        var failed = result.Pickles.Where(p => p.Status != StepStatus.Passed).ToList();
        var rightKind = failed.Where(FailedOnAnExpectation).ToList();
        var summary = $"{deviation.Name} ({string.Join(", ", deviation.Breaks)}): {failed.Count} of {result.Pickles.Count} scenarios run failed, {rightKind.Count} on an expectation";
        if (rightKind.Count > 0)
        {
            return new Outcome(true, summary + $"; e.g. {rightKind[0].Pickle.DisplayName}: {FirstError(rightKind[0])}");
        }

        return new Outcome(false, summary + (failed.Count > 0 ? $"; e.g. {failed[0].Describe()}" : ""));
    }

    /// <summary>
    /// A scenario failed because the agent did something the scenario expected it not to do: an
    /// assertion (a Then step's measurement or check, or the contract check after the scenario),
    /// or a wait in a Then step that the behaviour never satisfied. A call that ended under a
    /// step does not count: that is the emulator failing, not the rule being caught.
    /// </summary>
    private static bool FailedOnAnExpectation(PickleResult pickle)
    {
        foreach (var step in pickle.Steps.Where(s => s.Status == StepStatus.Failed))
        {
            var error = Unwrap(step.Error);
            if (error is HarnessAssertionException)
            {
                return true;
            }

            var planned = pickle.Pickle.Steps.FirstOrDefault(p => p.Location.Line == step.Location?.Line && step.Text.EndsWith(p.Text, StringComparison.Ordinal));
            if (planned?.Step.Type == PickleStepType.Outcome && error is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    private static Exception? Unwrap(Exception? e) => e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e;

    private static string FirstError(PickleResult pickle) =>
        pickle.Steps.FirstOrDefault(s => s.Status == StepStatus.Failed) is { } step ? $"{step.Text}: {Unwrap(step.Error)?.Message.Split('\n')[0]}" : "?";

    private sealed record Outcome(bool Caught, string Summary);
}
