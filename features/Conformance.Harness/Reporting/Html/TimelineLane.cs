namespace Conformance.Harness.Reporting.Html;

/// <summary>One horizontal band of the plot: a waveform track, or an empty lane holding spans whose track has no audio.</summary>
internal sealed class TimelineLane(string Name, TrackRole Role, TimelineTrack? Track)
{
    public string Name { get; } = Name;

    public TrackRole Role { get; } = Role;

    public TimelineTrack? Track { get; } = Track;

    public double Top { get; set; }

    public const double Height = 64;

    public double Middle => Top + (Height / 2);

    public double Bottom => Top + Height;

    /// <summary>Caller lanes first, then agent lanes; a span on an unknown track goes to the first lane of its kind's role.</summary>
    public static List<TimelineLane> For(ScenarioTimeline timeline)
    {
        var lanes = timeline.Tracks.Select(t => new TimelineLane(t.Name, t.Role, t)).ToList();
        foreach (var role in new[] { TrackRole.Caller, TrackRole.Agent })
        {
            var needed = timeline.Spans.Any(s => Home(lanes, s) is null && TimelinePalette.Role(s.Kind) == role);
            if (needed && lanes.All(l => l.Role != role))
            {
                lanes.Add(new TimelineLane(role == TrackRole.Caller ? "caller" : "agent", role, null));
            }
        }

        if (lanes.Count == 0 && timeline.Spans.Count > 0)
        {
            lanes.Add(new TimelineLane("spans", TrackRole.Caller, null));
        }

        return [.. lanes.OrderBy(l => l.Role)];
    }

    /// <summary>The lane a span is drawn on: its track's, else the first of its role, else the first lane.</summary>
    public static TimelineLane? Place(IReadOnlyList<TimelineLane> lanes, TimelineSpan span) =>
        Home(lanes, span)
        ?? lanes.FirstOrDefault(l => l.Role == TimelinePalette.Role(span.Kind))
        ?? (lanes.Count > 0 ? lanes[0] : null);

    private static TimelineLane? Home(IEnumerable<TimelineLane> lanes, TimelineSpan span) =>
        lanes.FirstOrDefault(l => l.Track is not null && string.Equals(l.Name, span.Track, StringComparison.Ordinal));
}
