using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness;
using Conformance.Harness.Targets;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// Runs the suite (or a tag-selected part of it) through the Gherkin runner core with up to
/// <c>parallelism</c> scenarios at once — scenarios are isolated by their own tenant, so they run
/// side by side — longest first (@slow), and returns every pickle's result.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<RunResult> RunAsync(
        string tags, int parallelism, Target? sharedTarget, HarnessRunOptions? options, string name, CancellationToken cancellationToken, ScenarioGate? sharedGate = null, SemaphoreSlim? sharedLimit = null)
    {
        var ids = new GuidIdGenerator();
        var plan = TestPlan.Load(RepoPaths.InRepo("features"), [typeof(HarnessStartup).Assembly], tags, ids);
        var problems = plan.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The suite does not validate:\n" + string.Join("\n", problems));
        }

        var runOptions = new TestRunOptions
        {
            Name = name,
            TimeProvider = TimeProvider.System,
            Ids = ids,
            StepTimeout = TimeSpan.FromSeconds(150),
            ReportsDirectory = null,
            ConfigureServices = services =>
            {
                if (sharedTarget is not null)
                {
                    services.AddSingleton(sharedTarget);
                }

                if (options is not null)
                {
                    services.AddSingleton(options);
                }

                // Runs on one emulator share its lease clock, so they share the gate that keeps
                // clock-moving scenarios alone.
                if (sharedGate is not null)
                {
                    services.AddSingleton(sharedGate);
                }
            },
        };
        await using var run = await TestRun.StartAsync(plan, runOptions, cancellationToken);
        // Runs side by side (the deviation test) share one limit, so the machine never carries
        // more calls at once than one run would.
        using var own = new SemaphoreSlim(parallelism);
        var gate = sharedLimit ?? own;
        var ordered = plan.Pickles.OrderByDescending(p => p.Tags.Contains("@slow")).ThenByDescending(p => p.Tags.Contains("@lifecycle"));
        await Task.WhenAll(ordered.Select(async pickle =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await run.ExecuteAsync(pickle, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
        return await run.FinishAsync(cancellationToken);
    }

    /// <summary>Failed pickles, described for an assertion message.</summary>
    public static string Failures(RunResult result, int max = 20) =>
        string.Join("\n", result.Pickles.Where(p => p.Status != StepStatus.Passed).Take(max).Select(p => p.Describe()));
}
