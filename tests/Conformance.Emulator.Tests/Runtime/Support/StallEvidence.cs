using System.Globalization;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>What one real-time attempt saw of the machine: the caller's pacing and the call's journal.</summary>
internal sealed class StallEvidence
{
    public StreamCaller? Caller { get; set; }

    public List<JournalEntryView>? Journal { get; set; }

    /// <summary>A description of the stall when both the caller's clock and the emulator's actor were late by more than <paramref name="ms"/>; else null.</summary>
    public string? MachineStalled(double ms)
    {
        if (Caller is not { } caller || Journal is not { } journal || caller.MaxTickLateMs <= ms)
        {
            return null;
        }

        var stalls = journal.Where(e => e.Kind == "media.actor.stalled" && e.Number("late_ms") > ms).ToList();
        return stalls.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"caller's clock {caller.MaxTickLateMs:0} ms late at {caller.MaxTickLateAtMs:0} ms; actor {string.Join(", ", stalls.Select(s => $"{s.Number("late_ms"):0} ms late @{s.MediaTimeMs:0}"))}");
    }
}
