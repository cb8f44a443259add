using System.Text;
using System.Text.Json.Nodes;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

public sealed class ScenarioTimelineTests
{
    [Fact]
    public void ToJson_ThenTryParse_RoundTripsEveryField()
    {
        var timeline = SampleTimelines.Turn();

        Assert.True(ScenarioTimeline.TryParse(timeline.ToJson(), out var parsed, out var error), error);

        Assert.Equal(timeline.ToJson(), parsed.ToJson());
        Assert.Equal((timeline.Title, timeline.Origin), (parsed.Title, parsed.Origin));
        Assert.Equal(timeline.Tracks.Count, parsed.Tracks.Count);
        for (var i = 0; i < timeline.Tracks.Count; i++)
        {
            var (a, b) = (timeline.Tracks[i], parsed.Tracks[i]);
            Assert.Equal((a.Name, a.Role, a.StartMs, a.DurationMs, a.MsPerBucket), (b.Name, b.Role, b.StartMs, b.DurationMs, b.MsPerBucket));
            Assert.Equal(a.Min, b.Min);
            Assert.Equal(a.Max, b.Max);
        }

        Assert.Equal(timeline.Spans, parsed.Spans);
        Assert.Equal(timeline.Events, parsed.Events);
        Assert.Equal(timeline.Measurements, parsed.Measurements);
    }

    [Fact]
    public void ToJson_Shape_IsCamelCaseWithKebabEnumsAndNoNulls()
    {
        var json = JsonNode.Parse(SampleTimelines.Turn().ToJson())!.AsObject();

        Assert.Equal(["title", "origin", "tracks", "spans", "events", "measurements"], json.Select(p => p.Key));
        Assert.Equal("caller", (string)json["tracks"]![0]!["role"]!);
        Assert.Equal("caller-speech-truth", (string)json["spans"]![0]!["kind"]!);
        Assert.Equal("codec-negotiated", (string)json["events"]![1]!["kind"]!);
        Assert.Equal("harness", (string)json["events"]![1]!["source"]!);
        var gap = json["measurements"]![0]!.AsObject();
        Assert.Equal(
            ["name", "valueMs", "uncertaintyMs", "expectedMs", "toleranceMs", "journalMs", "verdict", "specId", "fromMs", "toMs"],
            gap.Select(p => p.Key));
        Assert.Equal("pass", (string)gap["verdict"]!);
        Assert.DoesNotContain("budgetMs", gap.Select(p => p.Key));
        Assert.DoesNotContain("specId", json["measurements"]![2]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void ToJson_SameTimeline_SameBytes() =>
        Assert.Equal(SampleTimelines.Turn().ToJson(), SampleTimelines.Turn().ToJson());

    [Fact]
    public void TryParse_MissingLists_AreEmpty()
    {
        Assert.True(ScenarioTimeline.TryParse("""{"title":"t","origin":"o"}""", out var parsed, out var error), error);

        Assert.Empty(parsed.Tracks);
        Assert.Empty(parsed.Measurements);
    }

    [Theory]
    [InlineData("", "Not a timeline")]
    [InlineData("null", "the JSON is null")]
    [InlineData("[1,2]", "Not a timeline")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":"caller","startMs":0,"durationMs":1,"msPerBucket":10,"min":[1],"max":[]}]}""", "tracks[0]: 1 min peaks but 0 max peaks")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":"caller","startMs":0,"durationMs":1,"msPerBucket":10,"min":[5],"max":[1]}]}""", "bucket 0: min 5 above max 1")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":"caller","startMs":0,"durationMs":1,"msPerBucket":0,"min":[],"max":[]}]}""", "msPerBucket must be positive")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":"robot","startMs":0,"durationMs":1,"msPerBucket":10,"min":[],"max":[]}]}""", "Not a timeline")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":0,"startMs":0,"durationMs":1,"msPerBucket":10,"min":[],"max":[]}]}""", "Not a timeline")]
    [InlineData("""{"title":"t","origin":"o","tracks":[{"name":"a","role":"caller","startMs":0,"durationMs":1,"msPerBucket":10,"min":[40000],"max":[40000]}]}""", "Not a timeline")]
    [InlineData("""{"title":"t","origin":"o","spans":[{"track":"a","startMs":5,"endMs":4,"label":"x","kind":"other"}]}""", "spans[0]: ends (4 ms) before it starts (5 ms)")]
    [InlineData("""{"title":"t","origin":"o","spans":[{"startMs":5,"endMs":6,"label":"x","kind":"other"}]}""", "spans[0]: a span needs a track")]
    [InlineData("""{"title":"t","origin":"o","events":[null]}""", "events[0]: an event needs a label")]
    [InlineData("""{"title":"t","origin":"o","measurements":[{"name":"g","valueMs":1,"uncertaintyMs":-1,"verdict":"info"}]}""", "uncertainty and tolerance cannot be negative")]
    [InlineData("""{"title":"t","origin":"o","measurements":[{"name":"g","valueMs":1,"uncertaintyMs":1,"verdict":"info","fromMs":3}]}""", "a bracket needs both fromMs and toMs")]
    [InlineData("""{"title":"t","origin":"o","measurements":[{"name":"g","valueMs":"1","uncertaintyMs":1,"verdict":"info"}]}""", "Not a timeline")]
    [InlineData("""{"origin":"o"}""", "needs a title and an origin")]
    public void TryParse_Malformed_IsAnErrorMessage(string json, string expected)
    {
        Assert.False(ScenarioTimeline.TryParse(json, out var parsed, out var error));

        Assert.Null(parsed);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_RandomlyMutatedJson_NeverThrows()
    {
        var json = Encoding.UTF8.GetBytes(SampleTimelines.Turn().ToJson());
        var random = new Random(7);
        const string Alphabet = "{}[]\",:0123456789-e.nulltrue \u00ff";
        for (var round = 0; round < 2000; round++)
        {
            var mutated = (byte[])json.Clone();
            for (var n = random.Next(1, 6); n > 0; n--)
            {
                mutated[random.Next(mutated.Length)] = (byte)Alphabet[random.Next(Alphabet.Length)];
            }

            var ok = ScenarioTimeline.TryParse(mutated, out var parsed, out var error);

            Assert.True(ok ? parsed is not null : error is not null);
        }
    }
}
