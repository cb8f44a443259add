using System.Globalization;
using Conformance.Gherkin.Running;

namespace Conformance.Cli.Run;

/// <summary>
/// One line per finished scenario, in the order they finish, then the failure details under it:
/// <code>
/// [ 3/12] failed   Barge-in › instant cut (Twilio) (4.21 s)
///   Step failed: Then the agent stops within 300 ms
///     at barge_in.feature:14
/// </code>
/// For CI logs and any stdout that is not a terminal: no colours, no cursor movement.
/// </summary>
internal sealed class PlainRunDisplay(TextWriter output) : IRunDisplay
{
    private readonly Lock _lock = new();
    private int _finished;

    public Task<T> ShowAsync<T>(TestPlan plan, Func<Action<RunEvent>, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(run);
        var total = plan.Pickles.Count;
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        return run(e =>
        {
            if (e is not PickleFinished { Result: var result })
            {
                return;
            }

            lock (_lock)
            {
                _finished++;
                var counter = $"[{_finished.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}]";
                output.WriteLine($"{counter} {RunText.Status(result.Status),-9} {result.Pickle.DisplayName} ({RunText.Duration(result.Duration)})");
                if (result.Status is not (StepStatus.Passed or StepStatus.Skipped))
                {
                    foreach (var line in result.Describe().Split('\n').Skip(1))
                    {
                        output.WriteLine(line);
                    }
                }

                output.Flush();
            }
        });
    }
}
