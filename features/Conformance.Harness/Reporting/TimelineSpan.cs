namespace Conformance.Harness.Reporting;

/// <summary>
/// A stretch of time drawn as a shaded band on a track. <see cref="Track"/> names the
/// <see cref="TimelineTrack"/> it belongs to; when no track has that name the band goes on the
/// lane its <see cref="Kind"/> implies (caller speech above, agent audio below).
/// </summary>
public sealed record TimelineSpan(string Track, double StartMs, double EndMs, string Label, TimelineSpanKind Kind);
