namespace Conformance.Harness.Reporting;

/// <summary>
/// What a parsed timeline must satisfy before the report draws it: names present, times finite,
/// spans not reversed, peak arrays paired. JSON cannot carry NaN or infinities, but a writer in
/// another language could still send nulls or mismatched arrays.
/// </summary>
internal static class TimelineValidation
{
    public static string? FirstProblem(ScenarioTimeline timeline)
    {
        if (timeline.Title is null || timeline.Origin is null)
        {
            return "A timeline needs a title and an origin.";
        }

        for (var i = 0; i < timeline.Tracks.Count; i++)
        {
            if (TrackProblem(timeline.Tracks[i]) is { } problem)
            {
                return $"tracks[{i}]: {problem}";
            }
        }

        for (var i = 0; i < timeline.Spans.Count; i++)
        {
            var span = timeline.Spans[i];
            if (span is null || span.Track is null || span.Label is null)
            {
                return $"spans[{i}]: a span needs a track and a label.";
            }

            if (span.EndMs < span.StartMs)
            {
                return $"spans[{i}]: ends ({span.EndMs} ms) before it starts ({span.StartMs} ms).";
            }
        }

        for (var i = 0; i < timeline.Events.Count; i++)
        {
            if (timeline.Events[i] is null || timeline.Events[i].Label is null)
            {
                return $"events[{i}]: an event needs a label.";
            }
        }

        for (var i = 0; i < timeline.Measurements.Count; i++)
        {
            var m = timeline.Measurements[i];
            if (m is null || m.Name is null)
            {
                return $"measurements[{i}]: a measurement needs a name.";
            }

            if (m.UncertaintyMs < 0 || m.ToleranceMs < 0)
            {
                return $"measurements[{i}]: uncertainty and tolerance cannot be negative.";
            }

            if (m.FromMs is null != m.ToMs is null)
            {
                return $"measurements[{i}]: a bracket needs both fromMs and toMs.";
            }
        }

        return null;
    }

    private static string? TrackProblem(TimelineTrack? track)
    {
        if (track is null || track.Name is null || track.Min is null || track.Max is null)
        {
            return "a track needs a name and min/max peaks.";
        }

        if (!(track.MsPerBucket > 0) || track.DurationMs < 0)
        {
            return "msPerBucket must be positive and durationMs not negative.";
        }

        if (track.Min.Count != track.Max.Count)
        {
            return $"{track.Min.Count} min peaks but {track.Max.Count} max peaks.";
        }

        for (var b = 0; b < track.Min.Count; b++)
        {
            if (track.Min[b] > track.Max[b])
            {
                return $"bucket {b}: min {track.Min[b]} above max {track.Max[b]}.";
            }
        }

        return null;
    }
}
