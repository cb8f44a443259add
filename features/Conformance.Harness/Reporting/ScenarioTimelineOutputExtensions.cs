using Conformance.Gherkin.Running;

namespace Conformance.Harness.Reporting;

public static class ScenarioTimelineOutputExtensions
{
    /// <summary>Attaches the timeline to the running scenario (and step), for the NDJSON and HTML reports.</summary>
    public static Attachment AttachTimeline(this ScenarioOutput output, ScenarioTimeline timeline, string fileName = ScenarioTimeline.DefaultFileName)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        return output.Attach(timeline.ToJson(), ScenarioTimeline.MediaType, fileName);
    }
}
