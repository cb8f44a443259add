using Conformance.Gherkin.Running;

namespace Conformance.Cli.Run;

/// <summary>Shows a run while it goes: live progress on a terminal, or one line per scenario for CI logs.</summary>
internal interface IRunDisplay
{
    /// <summary>Runs <paramref name="run"/>, feeding it the event sink this display renders from.</summary>
    Task<T> ShowAsync<T>(TestPlan plan, Func<Action<RunEvent>, Task<T>> run);
}
