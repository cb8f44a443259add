using System.Collections.Concurrent;

namespace Conformance.Cli.Tests.Steps;

/// <summary>
/// Lets a test know when a step that waits to be interrupted has started, so it presses "Ctrl-C"
/// (cancels the run's token) exactly then. Keyed per test, since steps have no other way out.
/// </summary>
public static class Interrupts
{
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> s_started = new(StringComparer.Ordinal);

    public static Task WhenStarted(string key) => Signal(key).Task;

    public static void Started(string key) => Signal(key).TrySetResult();

    private static TaskCompletionSource Signal(string key) => s_started.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
