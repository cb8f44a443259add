using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

public sealed class TimelineAttachmentTests
{
    [Fact]
    public async Task AttachTimeline_FromAStep_IsATimelineEnvelopeInTheMessages()
    {
        var messages = await ReportRuns.MessagesAsync(
            [typeof(TimelineSteps)],
            ("turn.feature", "Feature: Turns\n  Scenario: a turn\n    Then the step attaches a timeline\n"));

        var attachment = Assert.Single(messages, m => m.Attachment is not null).Attachment!;
        Assert.Equal((ScenarioTimeline.MediaType, "timeline.json", AttachmentContentEncoding.Identity), (attachment.MediaType, attachment.FileName, attachment.ContentEncoding));
        Assert.True(ScenarioTimeline.TryParse(attachment.Body, out var timeline, out var error), error);
        Assert.Equal(SampleTimelines.Turn().ToJson(), timeline.ToJson());
    }

    private sealed class TimelineSteps(ScenarioOutput output)
    {
        [Then("the step attaches a timeline")]
        public void Attaches() => output.AttachTimeline(SampleTimelines.Turn());
    }
}
