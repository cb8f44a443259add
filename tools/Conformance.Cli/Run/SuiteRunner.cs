using Conformance.Gherkin.Running;

namespace Conformance.Cli.Run;

/// <summary>
/// Runs a plan through the Gherkin runner core with up to N scenarios at once. Ctrl-C stops
/// starting new scenarios and cancels the running ones; the run is still finished (after-run
/// hooks, run services disposed, reports written) so an interrupted run leaves its results.
/// </summary>
internal static class SuiteRunner
{
    public static async Task<(RunResult Result, bool Interrupted)> RunAsync(TestPlan plan, TestRunOptions options, int parallel, CancellationToken cancellationToken)
    {
        var run = await TestRun.StartAsync(plan, options, cancellationToken);
        var interrupted = false;
        try
        {
            await Parallel.ForEachAsync(
                plan.Pickles,
                new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken },
                async (pickle, token) => await run.ExecuteAsync(pickle, token));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        var result = await run.FinishAsync(CancellationToken.None);
        return (result, interrupted);
    }
}
