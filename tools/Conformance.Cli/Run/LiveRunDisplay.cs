using Conformance.Gherkin.Running;
using Spectre.Console;

namespace Conformance.Cli.Run;

/// <summary>
/// Spectre progress on a terminal: an overall bar with running counts, and one line per slot
/// (as many as run at once) showing the scenario in it and its steps done so far.
/// </summary>
internal sealed class LiveRunDisplay(IAnsiConsole console, int slots) : IRunDisplay
{
    private const string Idle = "  [grey]·[/]";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProgressTask> _running = new(StringComparer.Ordinal);
    private readonly Stack<ProgressTask> _free = new();
    private int _passed;
    private int _failed;

    public async Task<T> ShowAsync<T>(TestPlan plan, Func<Action<RunEvent>, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(run);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var total = plan.Pickles.Count;
                var overall = context.AddTask(Overall(total), maxValue: total);
                for (var i = Math.Min(slots, total); i > 0; i--)
                {
                    _free.Push(context.AddTask(Idle, autoStart: false));
                }

                var result = await run(e => OnEvent(overall, total, e));
                lock (_lock)
                {
                    foreach (var slot in _free.Concat(_running.Values))
                    {
                        slot.Description = Idle;
                        slot.Value = slot.MaxValue;
                        slot.StopTask();
                    }

                    overall.StopTask();
                }

                return result;
            });
    }

    private void OnEvent(ProgressTask overall, int total, RunEvent e)
    {
        lock (_lock)
        {
            switch (e)
            {
                case PickleStarted { Pickle: var pickle } when _free.TryPop(out var slot):
                    slot.Description = Markup.Escape("  " + Shorten(pickle.DisplayName));
                    slot.MaxValue = Math.Max(1, pickle.Steps.Count);
                    slot.Value = 0;
                    slot.StartTask();
                    _running[pickle.Key] = slot;
                    break;
                case StepFinished { Pickle: var pickle, Step.Kind: TestStepKind.Step } when _running.TryGetValue(pickle.Key, out var slot):
                    slot.Increment(1);
                    break;
                case PickleFinished { Result: var result }:
                    if (_running.Remove(result.Pickle.Key, out var finished))
                    {
                        finished.Description = Idle;
                        _free.Push(finished);
                    }

                    _ = result.Status is StepStatus.Passed or StepStatus.Skipped ? _passed++ : _failed++;
                    overall.Increment(1);
                    overall.Description = Overall(total);
                    break;
            }
        }
    }

    private string Overall(int total) =>
        $"[bold]scenarios[/] {_passed + _failed}/{total}  [green]{_passed} passed[/]  {(_failed > 0 ? $"[red]{_failed} failed[/]" : "[grey]0 failed[/]")}";

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69] + "…";
}
