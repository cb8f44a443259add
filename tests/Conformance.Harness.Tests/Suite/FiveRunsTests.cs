using Conformance.Gherkin.Running;
using Xunit.Abstractions;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The conforming emulator passes the whole suite five times in a row with no failure: flaky
/// timing, leaked state between scenarios or a scenario that depends on another would show here.
/// Each run starts its own emulator (through the suite's own startup, as <c>conform run</c> does)
/// and runs scenarios side by side. Every call scenario is in it — every transport, WebRTC and
/// ClutchCall included — except two kinds, which the hosted suite runs once in every test run:
/// <c>@contract</c> (REST exchanges with no timing, isolated by their tenant, held to openapi.json
/// after every scenario: nothing a repetition could shake loose that one run does not show) and
/// <c>@browser</c> (two scenarios, but each launches Chromium: seconds of CPU on a 2-core machine,
/// which would slow every run and load the calls running beside it) — and <c>@slow</c>: the
/// maximum-duration call, 60 s of an idle call at Omnia's smallest maxDuration, which alone would
/// set every run's length (the hosted suite runs it). Five runs must fit the
/// project's time budget (under 12 minutes in all on 2 cores).
/// </summary>
[Trait("Category", "Suite")]
public sealed class FiveRunsTests(ITestOutputHelper output)
{
    public const int Parallelism = 6;

    public const string Tags = "not @wip and not @contract and not @browser and not @slow";

    // One test per run (each about a minute): a single five-run test would go four minutes
    // without a test event, and the hang detector every run of this project uses
    // (--blame-hang-timeout 4m) would kill it. Each run starts its own emulator, so one run
    // cannot break another; every run must pass.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task ConformingEmulator_WholeSuiteRun_NoFailure(int run)
    {
        await using var alone = await SuiteExclusion.AloneAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var (result, retries) = await SuiteRunner.RunAsync(Tags, Parallelism, sharedTarget: null, options: null, $"five-runs-{run}", timeout.Token);
        output.WriteLine($"run {run}: {result.Pickles.Count} scenarios, {result.Count(StepStatus.Passed)} passed, {result.Count(StepStatus.Failed)} failed, {result.Duration.TotalSeconds:0.0} s");
        foreach (var line in retries.Concat(SuiteFigures.TurnGapErrors(result)))
        {
            output.WriteLine("  " + line);
        }

        Assert.True(result.Success, $"Run {run} of 5 failed {result.Pickles.Count(p => p.Status != StepStatus.Passed)} scenarios:\n{SuiteRunner.Failures(result)}");
    }
}
