using System.Globalization;
using System.Xml.Linq;
using Conformance.Harness.Reporting;
using Conformance.Harness.Reporting.Html;

namespace Conformance.Harness.Tests.Reporting;

public sealed class TimelineSvgTests
{
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Render_Turn_IsWellFormedSvgWithEveryPart()
    {
        var svg = XElement.Parse(TimelineSvg.Render(SampleTimelines.Turn(), "t1"));

        Assert.Equal(s_svg + "svg", svg.Name);
        Assert.Equal("t1", (string?)svg.Attribute("id"));
        Assert.Single(ByClass(svg, "waveform caller"));
        Assert.Single(ByClass(svg, "waveform agent"));
        Assert.Single(ByClass(svg, "span caller-speech-truth"));
        Assert.Single(ByClass(svg, "span caller-speech-journal"));
        Assert.Single(ByClass(svg, "span agent-audio-heard"));
        Assert.Single(ByClass(svg, "event journal commit"));
        Assert.Single(ByClass(svg, "event harness codec-negotiated"));
        Assert.Single(ByClass(svg, "bracket pass"));
        Assert.Single(ByClass(svg, "bracket fail"));
        Assert.Single(ByClass(svg, "tolerance"));
        Assert.Single(ByClass(svg, "budget"));
        Assert.Single(ByClass(svg, "journal"));
    }

    [Fact]
    public void Render_Turn_PlacesCallerAboveBracketsAboveAgent()
    {
        var svg = XElement.Parse(TimelineSvg.Render(SampleTimelines.Turn()));

        var callerTop = Y(ByClass(svg, "lane caller").Single().Element(s_svg + "rect")!);
        var agentTop = Y(ByClass(svg, "lane agent").Single().Element(s_svg + "rect")!);
        var bracketY = Y(ByClass(svg, "bracket-label pass").Single());
        Assert.True(callerTop < bracketY && bracketY < agentTop, $"caller {callerTop}, bracket {bracketY}, agent {agentTop}");
    }

    [Fact]
    public void Render_Bracket_SpansFromCallerEndToAgentOnsetOnTheAxis()
    {
        var svg = XElement.Parse(TimelineSvg.Render(SampleTimelines.Turn()));

        // The axis runs 0…5000 ms over x 168…940 (width 960, margins 168 and 20).
        var d = (string)ByClass(svg, "bracket pass").Single().Elements(s_svg + "path").First().Attribute("d")!;
        Assert.StartsWith($"M{X(2580)} ", d, StringComparison.Ordinal);
        Assert.Contains($"H{X(3280)}V", d, StringComparison.Ordinal);
        static string X(double ms) => Math.Round(168 + (ms / 5000 * 772), 1).ToString("0.#", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Render_SpanOnAnUnknownTrack_GoesToItsRolesLane()
    {
        var timeline = new ScenarioTimeline("t", "o", [], [new TimelineSpan("nowhere", 10, 20, "heard", TimelineSpanKind.AgentAudioHeard)], [], []);

        var svg = XElement.Parse(TimelineSvg.Render(timeline));

        Assert.Single(ByClass(svg, "lane agent").Single().Descendants(s_svg + "rect"), r => (string?)r.Attribute("class") == "span agent-audio-heard");
    }

    [Fact]
    public void Render_LongCall_MergesBucketsToAboutTwoPerPixel()
    {
        var samples = SampleTimelines.Tone(600_000, 5000);
        var track = TimelineTrack.FromPcm("caller", TrackRole.Caller, samples, 8000, 0);
        var timeline = new ScenarioTimeline("ten minutes", "o", [track], [], [], []);

        var d = (string)ByClass(XElement.Parse(TimelineSvg.Render(timeline)), "waveform caller").Single().Attribute("d")!;

        Assert.Equal(60_000, track.Max.Count);
        Assert.InRange(d.Count(c => c == 'L'), 1000, 3200);
    }

    [Fact]
    public void Render_Empty_IsStillAPlot()
    {
        var svg = XElement.Parse(TimelineSvg.Render(new ScenarioTimeline("nothing", "o", [], [], [], [])));

        Assert.Single(ByClass(svg, "axis"));
    }

    [Fact]
    public void Render_EventsAtOnePlace_StackLabelsInFiveRows()
    {
        var events = Enumerable.Range(0, 5).Select(i => new TimelineEvent(1000 + i, $"mark {i}", TimelineEventSource.Wire, TimelineEventKind.Mark)).ToArray();

        var svg = XElement.Parse(TimelineSvg.Render(new ScenarioTimeline("marks", "o", [], [], events, [])));

        var labels = ByClass(svg, "event-label wire mark").ToArray();
        Assert.Equal(5, labels.Length);
        Assert.Equal(5, labels.Select(Y).Distinct().Count());
    }

    [Fact]
    public void Render_ABurstOfMarks_KeepsEveryTickButLabelsOnlyWhatFits()
    {
        // Twilio marks every 20 ms chunk: 100 of them in two seconds.
        var events = Enumerable.Range(0, 100).Select(i => new TimelineEvent(i * 20, $"mark {i}", TimelineEventSource.Wire, TimelineEventKind.Mark)).ToArray();

        var svg = XElement.Parse(TimelineSvg.Render(new ScenarioTimeline("marks", "o", [], [], events, [])));

        Assert.Equal(100, ByClass(svg, "event wire mark").Count());
        Assert.All(ByClass(svg, "event wire mark"), g => Assert.StartsWith("mark ", g.Element(s_svg + "title")!.Value, StringComparison.Ordinal));
        var labels = ByClass(svg, "event-label wire mark").ToArray();
        Assert.InRange(labels.Length, 10, 99);
        Assert.InRange(labels.Select(Y).Distinct().Count(), 1, 5);
        foreach (var row in labels.GroupBy(Y))
        {
            var xs = row.Select(l => (X: double.Parse((string)l.Attribute("x")!, CultureInfo.InvariantCulture), Width: l.Value.Length * 5.8)).OrderBy(l => l.X).ToArray();
            Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X, $"labels at {pair.First.X} and {pair.Second.X} overlap"));
        }
    }

    private static IEnumerable<XElement> ByClass(XElement svg, string cls) => svg.Descendants().Where(e => (string?)e.Attribute("class") == cls);

    private static double Y(XElement e) => double.Parse((string)e.Attribute("y")!, CultureInfo.InvariantCulture);
}
