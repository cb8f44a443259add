namespace Conformance.Harness.Reporting.Html;

/// <summary>
/// Draws a <see cref="ScenarioTimeline"/> as inline SVG on one millisecond axis:
/// <code>
///  events   │ ▏start   ▏commit          ▏clear      labelled ticks (wire / journal / harness)
///  caller   │ ░░▁▃▇▇▅▃▂▁░░                            waveform envelope over shaded speech spans
///  measured │        └──── turn gap 700 ms ✓ ─┘       brackets: value, tolerance window, budget, journal
///  agent    │                      ▂▆▇▇▅▂▁           agent waveform over heard/received spans
///  axis     └──┴──┴──┴──┴──┴──
/// </code>
/// Every element carries a class (<c>waveform caller</c>, <c>span caller-speech-truth</c>,
/// <c>event journal commit</c>, <c>bracket fail</c>…) and a <c>&lt;title&gt;</c> with its details,
/// so the plot reads without JavaScript and tests can find its parts.
/// </summary>
public static class TimelineSvg
{
    private const double Width = 960;
    private const double PlotLeft = 168;
    private const double PlotRight = 20;
    private const double LaneGap = 6;
    private const double EventRowHeight = 13;
    private const double BracketRowHeight = 28;
    private const double CharWidth = 5.8;
    private const int MaxEventRows = 5;
    private const int MaxBracketRows = 8;

    /// <summary>The plot as a standalone <c>&lt;svg&gt;</c> element (well-formed XML); <paramref name="id"/> becomes its id.</summary>
    public static string Render(ScenarioTimeline timeline, string? id = null) => RenderMarkup(timeline, id).Html;

    internal static Markup RenderMarkup(ScenarioTimeline timeline, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var scale = Scale(timeline);
        var lanes = TimelineLane.For(timeline);
        var brackets = timeline.Measurements.Where(m => m.FromMs is not null && m.ToMs is not null).ToArray();
        var eventRows = new LabelRows(MaxEventRows);
        var eventPlaces = timeline.Events.Select(e => EventPlace(e, scale, eventRows)).ToArray();
        var bracketRows = new LabelRows(MaxBracketRows, gap: 10);
        var bracketPlaces = brackets.Select(m => BracketPlace(m, scale, bracketRows)).ToArray();

        var y = 6.0;
        var eventsTop = y;
        y += eventRows.Count > 0 ? (eventRows.Count * EventRowHeight) + 8 : 0;
        var plotTop = y;
        foreach (var lane in lanes.Where(l => l.Role == TrackRole.Caller))
        {
            lane.Top = y;
            y += TimelineLane.Height + LaneGap;
        }

        var bracketsTop = y;
        y += bracketRows.Count > 0 ? (bracketRows.Count * BracketRowHeight) + 4 : 0;
        foreach (var lane in lanes.Where(l => l.Role == TrackRole.Agent))
        {
            lane.Top = y;
            y += TimelineLane.Height + LaneGap;
        }

        var plotBottom = Math.Max(y - LaneGap, plotTop + 10);
        var height = plotBottom + 28;

        var svg = new HtmlBuilder();
        svg.Add($"""<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {Width} {height}" width="100%" role="img" font-family="system-ui, sans-serif" font-size="10" """);
        if (id is not null)
        {
            svg.Add($"""id="{id}" """);
        }

        svg.Add($"""aria-label="{timeline.Title}"><title>{timeline.Title} (t = 0: {timeline.Origin})</title>""");
        Axis(svg, scale, plotTop, plotBottom);
        foreach (var lane in lanes)
        {
            Lane(svg, lane, timeline, lanes, scale);
        }

        var peak = Peak(timeline);
        foreach (var lane in lanes.Where(l => l.Track is not null))
        {
            Waveform(svg, lane, lane.Track!, peak, scale);
        }

        foreach (var span in timeline.Spans)
        {
            SpanLabel(svg, span, TimelineLane.Place(lanes, span), scale);
        }

        for (var i = 0; i < timeline.Events.Count; i++)
        {
            Event(svg, timeline.Events[i], eventPlaces[i], eventsTop, plotTop, plotBottom);
        }

        for (var i = 0; i < brackets.Length; i++)
        {
            Bracket(svg, brackets[i], bracketPlaces[i], scale, bracketsTop, plotTop, plotBottom);
        }

        // Labels last, each on a white halo, so no guide line drawn after them crosses their text.
        svg.Add($"""<g class="labels" stroke="#fff" stroke-width="3" stroke-opacity="0.85" paint-order="stroke">""");
        for (var i = 0; i < timeline.Events.Count; i++)
        {
            EventLabel(svg, timeline.Events[i], eventPlaces[i], eventsTop);
        }

        for (var i = 0; i < brackets.Length; i++)
        {
            BracketLabel(svg, brackets[i], bracketPlaces[i], bracketsTop);
        }

        svg.Add($"</g>");
        svg.Add($"</svg>");
        return svg.ToMarkup();
    }

    private static TimelineScale Scale(ScenarioTimeline timeline)
    {
        var times = new List<double> { 0 };
        times.AddRange(timeline.Tracks.SelectMany(t => new[] { t.StartMs, t.EndMs }));
        times.AddRange(timeline.Spans.SelectMany(s => new[] { s.StartMs, s.EndMs }));
        times.AddRange(timeline.Events.Select(e => e.AtMs));
        foreach (var m in timeline.Measurements.Where(m => m.FromMs is not null && m.ToMs is not null))
        {
            times.Add(m.FromMs!.Value);
            times.Add(m.ToMs!.Value);
            if (m.ExpectedMs is { } expected)
            {
                times.Add(m.FromMs.Value + expected + (m.ToleranceMs ?? 0));
            }

            if (m.BudgetMs is { } budget)
            {
                times.Add(m.FromMs.Value + budget);
            }
        }

        var finite = times.Where(double.IsFinite).ToArray();
        return new TimelineScale(finite.Min(), finite.Max(), PlotLeft, Width - PlotLeft - PlotRight);
    }

    private static void Axis(HtmlBuilder svg, TimelineScale scale, double top, double bottom)
    {
        svg.Add($"""<g class="axis">""");
        foreach (var t in scale.Ticks())
        {
            var x = scale.X(t);
            svg.Add($"""<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom + 4}" stroke="{TimelinePalette.Grid}" stroke-width="0.6"/>""");
            svg.Add($"""<text x="{x}" y="{bottom + 16}" text-anchor="middle" fill="{TimelinePalette.Info}">{scale.Label(t)}</text>""");
        }

        svg.Add($"""<line x1="{scale.Left}" y1="{bottom + 4}" x2="{scale.Right}" y2="{bottom + 4}" stroke="{TimelinePalette.Info}" stroke-width="0.8"/></g>""");
    }

    private static void Lane(HtmlBuilder svg, TimelineLane lane, ScenarioTimeline timeline, IReadOnlyList<TimelineLane> lanes, TimelineScale scale)
    {
        var role = lane.Role == TrackRole.Caller ? "caller" : "agent";
        var colour = lane.Role == TrackRole.Caller ? TimelinePalette.Caller : TimelinePalette.Agent;
        svg.Add($"""<g class="lane {role}"><rect x="{scale.Left}" y="{lane.Top}" width="{scale.Width}" height="{TimelineLane.Height}" fill="#f6f8fa"/>""");
        svg.Add($"""<line x1="{scale.Left}" y1="{lane.Middle}" x2="{scale.Right}" y2="{lane.Middle}" stroke="{TimelinePalette.Grid}" stroke-width="0.5"/>""");
        svg.Add($"""<text class="lane-label" x="{PlotLeft - 8}" y="{lane.Middle + 3}" text-anchor="end" fill="{colour}" font-size="11">{Shorten(lane.Name, 27)}<title>{lane.Name}</title></text>""");
        foreach (var span in timeline.Spans.Where(s => ReferenceEquals(TimelineLane.Place(lanes, s), lane)))
        {
            Span(svg, span, lane, scale);
        }

        svg.Add($"</g>");
    }

    private static void Span(HtmlBuilder svg, TimelineSpan span, TimelineLane lane, TimelineScale scale)
    {
        var x = scale.X(span.StartMs);
        var width = Math.Max(scale.X(span.EndMs) - x, 0.8);
        var band = TimelinePalette.Band(span.Kind);
        var (top, height, opacity) = band switch
        {
            SpanBand.Top => (lane.Top, 5.0, 0.85),
            SpanBand.Bottom => (lane.Bottom - 5, 5.0, 0.85),
            _ => (lane.Top, TimelineLane.Height, 0.45),
        };
        var kind = Kebab(span.Kind);
        svg.Add($"""<rect class="span {kind}" x="{x}" y="{top}" width="{width}" height="{height}" fill="{TimelinePalette.Span(span.Kind)}" fill-opacity="{opacity}">""");
        svg.Add($"""<title>{span.Label} ({kind}): {span.StartMs:0.#}–{span.EndMs:0.#} ms</title></rect>""");
    }

    /// <summary>A full-height span's label, drawn over the waveforms with a white halo so both stay legible.</summary>
    private static void SpanLabel(HtmlBuilder svg, TimelineSpan span, TimelineLane? lane, TimelineScale scale)
    {
        var x = scale.X(span.StartMs);
        var width = scale.X(span.EndMs) - x;
        if (lane is null || TimelinePalette.Band(span.Kind) != SpanBand.Full || span.Label.Length * CharWidth >= width - 4)
        {
            return;
        }

        svg.Add($"""<text class="span-label" x="{x + 3}" y="{lane.Top + 11}" fill="{TimelinePalette.Ink}" stroke="#fff" stroke-width="3" stroke-opacity="0.8" paint-order="stroke">{span.Label}</text>""");
    }

    private static double Peak(ScenarioTimeline timeline)
    {
        var peak = 1.0;
        foreach (var track in timeline.Tracks)
        {
            foreach (var v in track.Max)
            {
                peak = Math.Max(peak, Math.Abs((double)v));
            }

            foreach (var v in track.Min)
            {
                peak = Math.Max(peak, Math.Abs((double)v));
            }
        }

        return peak;
    }

    /// <summary>
    /// The min/max envelope as one closed path: along the maxima left to right, back along the
    /// minima. Buckets narrower than half a pixel are merged so a long call stays a small path.
    /// Amplitudes share one scale across tracks (the loudest peak), so a leak stays visibly small.
    /// </summary>
    private static void Waveform(HtmlBuilder svg, TimelineLane lane, TimelineTrack track, double peak, TimelineScale scale)
    {
        var count = track.Min.Count;
        if (count == 0)
        {
            return;
        }

        var perBucketPx = track.MsPerBucket * scale.PerMs;
        var merge = Math.Max(1, (int)Math.Ceiling(0.5 / perBucketPx));
        var columns = (count + merge - 1) / merge;
        var xs = new double[columns];
        var highs = new double[columns];
        var lows = new double[columns];
        var half = (TimelineLane.Height / 2) - 3;
        for (var c = 0; c < columns; c++)
        {
            short lo = short.MaxValue, hi = short.MinValue;
            for (var b = c * merge; b < Math.Min(count, (c + 1) * merge); b++)
            {
                lo = Math.Min(lo, track.Min[b]);
                hi = Math.Max(hi, track.Max[b]);
            }

            var midMs = track.StartMs + ((c * merge + Math.Min(count, (c + 1) * merge)) / 2.0 * track.MsPerBucket);
            xs[c] = scale.X(Math.Min(midMs, track.EndMs));
            highs[c] = lane.Middle - Math.Max(hi / peak * half, 0.5);
            lows[c] = lane.Middle - Math.Min(lo / peak * half, -0.5);
        }

        var role = track.Role == TrackRole.Caller ? "caller" : "agent";
        var colour = track.Role == TrackRole.Caller ? TimelinePalette.Caller : TimelinePalette.Agent;
        var path = new HtmlBuilder();
        path.Add($"M{xs[0]} {highs[0]}");
        for (var c = 1; c < columns; c++)
        {
            path.Add($"L{xs[c]} {highs[c]}");
        }

        for (var c = columns - 1; c >= 0; c--)
        {
            path.Add($"L{xs[c]} {lows[c]}");
        }

        svg.Add($"""<path class="waveform {role}" d="{path.ToMarkup()}Z" fill="{colour}" fill-opacity="0.8" stroke="{colour}" stroke-width="0.4">""");
        svg.Add($"""<title>{track.Name}: {track.StartMs:0.#}–{track.EndMs:0.#} ms, peak {PeakDbfs(track)} dBFS</title></path>""");
    }

    private static string PeakDbfs(TimelineTrack track)
    {
        var peak = 0;
        for (var i = 0; i < track.Min.Count; i++)
        {
            peak = Math.Max(peak, Math.Max(Math.Abs((int)track.Min[i]), Math.Abs((int)track.Max[i])));
        }

        return peak == 0 ? "−∞" : HtmlBuilder.Number(20 * Math.Log10(peak / 32768.0), "0.0");
    }

    private readonly record struct Place(double X, int Row, bool AnchorEnd);

    private static Place EventPlace(TimelineEvent e, TimelineScale scale, LabelRows rows)
    {
        var x = scale.X(e.AtMs);
        var width = (e.Label.Length * CharWidth) + 4;
        var anchorEnd = x + width > Width - 2;
        var (from, to) = anchorEnd ? (x - width, x) : (x, x + width);
        return new Place(x, rows.TryPlace(from, to), anchorEnd);
    }

    private static double EventLabelY(Place place, double eventsTop) => eventsTop + ((place.Row + 1) * EventRowHeight) - 3;

    private static void Event(HtmlBuilder svg, TimelineEvent e, Place place, double eventsTop, double plotTop, double plotBottom)
    {
        var colour = TimelinePalette.Event(e.Source);
        var source = Kebab(e.Source);
        var kind = Kebab(e.Kind);
        svg.Add($"""<g class="event {source} {kind}"><title>{e.Label}: {kind} ({source}) at {e.AtMs:0.##} ms</title>""");
        // An event whose label found no free row (a burst of marks) keeps its tick, guide and tooltip.
        var guideTop = place.Row < 0 ? plotTop - 6 : EventLabelY(place, eventsTop) + 2;
        svg.Add($"""<line x1="{place.X}" y1="{guideTop}" x2="{place.X}" y2="{plotBottom}" stroke="{colour}" stroke-width="0.8" stroke-dasharray="2 2"/>""");
        svg.Add($"""<line x1="{place.X}" y1="{plotTop - 6}" x2="{place.X}" y2="{plotTop}" stroke="{colour}" stroke-width="2"/></g>""");
    }

    private static void EventLabel(HtmlBuilder svg, TimelineEvent e, Place place, double eventsTop)
    {
        if (place.Row < 0)
        {
            return;
        }

        var anchor = place.AnchorEnd ? "end" : "start";
        var textX = place.AnchorEnd ? place.X - 2 : place.X + 2;
        svg.Add($"""<text class="event-label {Kebab(e.Source)} {Kebab(e.Kind)}" x="{textX}" y="{EventLabelY(place, eventsTop)}" text-anchor="{anchor}" fill="{TimelinePalette.Event(e.Source)}">{e.Label}</text>""");
    }

    private static Place BracketPlace(Measurement m, TimelineScale scale, LabelRows rows)
    {
        var (from, to) = (scale.X(Math.Min(m.FromMs!.Value, m.ToMs!.Value)), scale.X(Math.Max(m.FromMs.Value, m.ToMs.Value)));
        var label = BracketText(m);
        var labelWidth = label.Length * CharWidth;
        var centre = (from + to) / 2;
        var left = Math.Min(from, centre - (labelWidth / 2));
        var right = Math.Max(to, centre + (labelWidth / 2));
        if (m.ExpectedMs is { } expected)
        {
            right = Math.Max(right, scale.X(m.FromMs.Value + expected + (m.ToleranceMs ?? 0)));
        }

        if (m.BudgetMs is { } budget)
        {
            right = Math.Max(right, scale.X(m.FromMs.Value + budget));
        }

        return new Place(centre, rows.Place(left, right), false);
    }

    private static void Bracket(HtmlBuilder svg, Measurement m, Place place, TimelineScale scale, double top, double plotTop, double plotBottom)
    {
        var verdict = Kebab(m.Verdict);
        var colour = TimelinePalette.Verdict(m.Verdict);
        var from = m.FromMs!.Value;
        var (x1, x2) = (scale.X(from), scale.X(m.ToMs!.Value));
        var lineY = BracketLineY(place, top);
        svg.Add($"""<g class="bracket {verdict}"><title>{MeasurementText.Describe(m)}</title>""");
        svg.Add($"""<line class="bracket-guide" x1="{x1}" y1="{plotTop}" x2="{x1}" y2="{plotBottom}" stroke="{colour}" stroke-width="0.6" stroke-opacity="0.5"/>""");
        svg.Add($"""<line class="bracket-guide" x1="{x2}" y1="{plotTop}" x2="{x2}" y2="{plotBottom}" stroke="{colour}" stroke-width="0.6" stroke-opacity="0.5"/>""");
        if (m.ExpectedMs is { } expected && m.ToleranceMs is { } tolerance)
        {
            var lo = scale.X(from + expected - tolerance);
            var hi = scale.X(from + expected + tolerance);
            svg.Add($"""<rect class="tolerance" x="{lo}" y="{lineY - 6}" width="{Math.Max(hi - lo, 1)}" height="12" fill="{TimelinePalette.Pass}" fill-opacity="0.18" stroke="{TimelinePalette.Pass}" stroke-width="0.5" stroke-dasharray="2 1"/>""");
        }

        if (m.BudgetMs is { } budget)
        {
            var bx = scale.X(from + budget);
            svg.Add($"""<line class="budget" x1="{bx}" y1="{lineY - 8}" x2="{bx}" y2="{lineY + 6}" stroke="{TimelinePalette.Ink}" stroke-width="1.2" stroke-dasharray="3 2"/>""");
        }

        svg.Add($"""<path class="bracket-line" d="M{x1} {lineY - 6}V{lineY}H{x2}V{lineY - 6}" fill="none" stroke="{colour}" stroke-width="1.8"/>""");
        if (m.JournalMs is { } journal)
        {
            var jx = scale.X(from + journal);
            svg.Add($"""<path class="journal" d="M{jx} {lineY - 4}l4 4l-4 4l-4 -4Z" fill="#8250df"/>""");
        }

        svg.Add($"</g>");
    }

    private static double BracketLineY(Place place, double top) => top + (place.Row * BracketRowHeight) + 20;

    private static void BracketLabel(HtmlBuilder svg, Measurement m, Place place, double top) =>
        svg.Add($"""<text class="bracket-label {Kebab(m.Verdict)}" x="{place.X}" y="{BracketLineY(place, top) - 9}" text-anchor="middle" fill="{TimelinePalette.Verdict(m.Verdict)}" font-weight="600">{BracketText(m)}</text>""");

    /// <summary><c>turn gap 700 ± 40 ms (expected 700 ± 60 ms) ✓</c>: the value, what it was judged against, the verdict.</summary>
    private static string BracketText(Measurement m)
    {
        var against = new[] { MeasurementText.Expected(m) is { } e ? "expected " + e : null, MeasurementText.Budget(m) }.OfType<string>().ToArray();
        var judged = against.Length > 0 ? $" ({string.Join(", ", against)})" : "";
        return $"{m.Name} {MeasurementText.ValueWithUncertainty(m)}{judged} {MeasurementText.VerdictMark(m.Verdict)}";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Kebab<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
