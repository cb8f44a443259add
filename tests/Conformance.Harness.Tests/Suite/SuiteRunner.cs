using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness;
using Conformance.Harness.Targets;
using Conformance.TestSupport;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// Runs the suite (or a tag-selected part of it) through the Gherkin runner core with up to
/// <c>parallelism</c> scenarios at once — scenarios are isolated by their own tenant, so they run
/// side by side — longest first (@slow), and returns every pickle's (final) result.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<SuiteRun> RunAsync(
        string tags, int parallelism, Target? sharedTarget, HarnessRunOptions? options, string name, CancellationToken cancellationToken, ScenarioGate? sharedGate = null, SemaphoreSlim? sharedLimit = null, Func<PickleResult, bool>? enough = null)
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
        // Scenarios that move the emulator's lease clock run alone (GateHooks), so they go first,
        // one by one: queued behind the shared ones, each would wait for the longest call running
        // (a 60 s @slow one) and hold every later scenario back with it.
        var alone = plan.Pickles.Where(p => p.Tags.Contains(Steps.GateHooks.ExclusiveTag)).ToList();
        var ordered = plan.Pickles.Except(alone).OrderByDescending(p => p.Tags.Contains("@slow")).ThenByDescending(p => p.Tags.Contains("@lifecycle"));
        // With 'enough', a result that satisfies it stops the scenarios not started yet (the
        // deviation test needs one failure of the right kind, not all of them).
        var satisfied = 0;
        var executed = new List<PickleResult?>();
        foreach (var pickle in alone)
        {
            executed.Add(await run.ExecuteAsync(pickle, cancellationToken));
        }

        executed.AddRange(await Task.WhenAll(ordered.Select(async pickle =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                if (Volatile.Read(ref satisfied) != 0)
                {
                    return null;
                }

                var result = await run.ExecuteAsync(pickle, cancellationToken);
                if (enough?.Invoke(result) == true)
                {
                    Interlocked.Exchange(ref satisfied, 1);
                }

                return result;
            }
            finally
            {
                gate.Release();
            }
        })));
        var first = executed.OfType<PickleResult>().ToList();

        // A scenario that failed on a figure while the machine provably stalled runs once more,
        // one at a time; its second result is the one that counts (StallEvidence).
        var final = first.ToDictionary(p => p.Pickle.Key, StringComparer.Ordinal);
        var retries = new List<string>();
        foreach (var failed in first.Where(p => p.Status == StepStatus.Failed))
        {
            if (StallEvidence.For(failed) is { } evidence)
            {
                var again = await run.ExecuteAsync(failed.Pickle, cancellationToken);
                final[failed.Pickle.Key] = again;
                retries.Add($"retried {failed.Pickle.DisplayName} (machine stalled: {evidence}): {again.Status.ToString().ToLowerInvariant()}");
            }
        }

        var result = await run.FinishAsync(cancellationToken);
        return new SuiteRun(result with { Pickles = [.. first.Select(p => final[p.Pickle.Key])] }, retries);
    }

    /// <summary>A run's result (each pickle's final attempt) and the retries the machine's stalls earned.</summary>
    public sealed record SuiteRun(RunResult Result, IReadOnlyList<string> Retries);

    /// <summary>Failed pickles, described for an assertion message.</summary>
    public static string Failures(RunResult result, int max = 20) =>
        string.Join("\n", result.Pickles.Where(p => p.Status != StepStatus.Passed).Take(max).Select(p => p.Describe()));
}
