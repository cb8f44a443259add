using System.Reflection;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// Whether a failed scenario may be run once more because the machine, not the agent, was at
/// fault: it failed on a figure (a <see cref="HarnessAssertionException"/>) and its own timeline
/// shows a stall — the emulator's journal recording its call actor late by ≥ 40 ms
/// (<c>media.actor.stalled</c>), or the caller leg's loop falling behind its schedule ("harness
/// stalled", ≥ 60 ms). Nothing else earns a retry, and a retry that fails again fails the run, so
/// an agent that is wrong every time is never excused.
/// </summary>
internal static class StallEvidence
{
    public const double EmulatorStallMs = 40;

    /// <summary>The stalls the failed scenario's timelines show, or null when it is not eligible.</summary>
    public static string? For(PickleResult pickle)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        if (pickle.Status != StepStatus.Failed || !pickle.Steps.Any(s => s.Status == StepStatus.Failed && Unwrap(s.Error) is HarnessAssertionException))
        {
            return null;
        }

        var stalls = new List<string>();
        foreach (var attachment in pickle.Attachments.Where(a => a.MediaType == ScenarioTimeline.MediaType))
        {
            if (!ScenarioTimeline.TryParse(attachment.Body, out var timeline, out _))
            {
                continue;
            }

            stalls.AddRange(timeline.Events
                .Where(e => e.Label.StartsWith("harness stalled", StringComparison.Ordinal) || (e.Label.StartsWith("emulator stalled", StringComparison.Ordinal) && StalledMs(e.Label) >= EmulatorStallMs))
                .Select(e => $"{e.Label} at {e.AtMs:0} ms"));
        }

        return stalls.Count == 0 ? null : string.Join("; ", stalls.Take(5));
    }

    private static double StalledMs(string label) =>
        double.TryParse(label.Split(' ').ElementAtOrDefault(2), System.Globalization.CultureInfo.InvariantCulture, out var ms) ? ms : 0;

    private static Exception? Unwrap(Exception? e) => e is TargetInvocationException { InnerException: { } inner } ? inner : e;
}
