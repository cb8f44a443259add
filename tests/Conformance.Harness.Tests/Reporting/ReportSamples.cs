using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>
/// A small fixed run for the report tests: a feature with timelines (one outline row failing its
/// budget), and a hostile feature whose names, errors, logs, tables and attachments are full of
/// markup, quotes and control characters.
/// </summary>
internal static class ReportSamples
{
    public const string TurnFeature = """
        @turn-timing
        Feature: Turn timing
          The agent answers after the caller stops talking.

          Background:
            Given a caller on PCMU

          Scenario: the reply starts 700 ms after speech ends
            When the caller says "utterance-testing-routine"
            Then the turn gap is measured

          @barge-in
          Scenario Outline: barge-in stops the agent within <budget> ms
            When the caller interrupts
            Then the agent stops within <budget> ms

            Examples:
              | budget |
              | 300    |
              | 150    |
        """;

    public const string HostileName = "<img src=x onerror=alert(1)> 'quoted' & \"ampersands\"";

    public const string HostileError = "</pre><script>alert('x')</script>\u0001\u001b[31m red";

    public const string HostileFeature = """
        @hostile
        Feature: Hostile <script>alert("feature")</script> & "names"

          Scenario: <img src=x onerror=alert(1)> 'quoted' & "ampersands"
            Given a step that logs "<b>bold</b> & more"
            When a step fails with "</pre><script>alert('x')</script>"
            Then nobody wrote this step <yet>

          Scenario: tables and doc strings
            Given the table:
              | name        | value |
              | <i>cell</i> | a & b |
            And the doc string:
              ```
              </pre><script>alert("doc")</script>
              ```
            Then a broken timeline and a picture are attached
        """;

    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static (string Uri, string Text)[] Features => [("features/turn_timing.feature", TurnFeature), ("features/hostile.feature", HostileFeature)];

    public static Type[] StepTypes => [typeof(SampleSteps)];

    public sealed class SampleSteps(ScenarioOutput output)
    {
        [Given("a caller on {word}")]
        public static void CallerOn(string codec) => _ = codec;

        [When("the caller says {string}")]
        public static void Says(string clip) => _ = clip;

        [Then("the turn gap is measured")]
        public void TurnGap() => output.AttachTimeline(SampleTimelines.Turn());

        [When("the caller interrupts")]
        public static void Interrupts()
        {
        }

        [Then("the agent stops within {int} ms")]
        public void StopsWithin(int budgetMs)
        {
            var timeline = SampleTimelines.BargeIn(budgetMs);
            output.AttachTimeline(timeline);
            var stop = timeline.Measurements[0];
            if (stop.Verdict == MeasurementVerdict.Fail)
            {
                throw new InvalidOperationException($"barge-in stop latency {stop.ValueMs} ms is over the {budgetMs} ms budget");
            }
        }

        [Given("a step that logs {string}")]
        public void Logs(string text) => output.Log(text + " " + ReportSamples.HostileName);

        [When("a step fails with {string}")]
        public static void Fails(string message) => throw new InvalidOperationException(message + "\u0001\u001b[31m red");

        [Given("the table:")]
        public static void Table(DataTable table) => _ = table;

        [Given("the doc string:")]
        public static void Doc(DocString doc) => _ = doc;

        [Then("a broken timeline and a picture are attached")]
        public void Broken()
        {
            output.Attach("""{"title":"t","origin":"o","spans":[{"track":"a","startMs":5,"endMs":1,"label":"x","kind":"other"}]}""", ScenarioTimeline.MediaType, "broken.json");
            output.Attach(Png, "image/png", "dot<script>.png");
            output.Attach("<script>alert('html attachment')</script>", "text/html", "page.html");
        }
    }
}
