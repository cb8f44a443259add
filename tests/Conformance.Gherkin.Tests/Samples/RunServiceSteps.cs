using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class RunServiceSteps(SampleRunService service, ScenarioOutput output, ScenarioInfo scenario)
{
    [Then("the run's sample service was started once by its async factory")]
    public void StartedOnce()
    {
        Assert.Equal(1, service.StartNumber);
        Assert.False(service.Disposed);
    }

    [Then("a step can attach its measurements")]
    public void AttachMeasurements()
    {
        output.AttachJson(new { scenario = scenario.Name, replyLatencyMs = 412 }, "measurements.json");
        output.Attach("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", "image/svg+xml", "timeline.svg");
        output.Log("measured one turn");
        Assert.Equal(3, output.Attachments.Count);
    }
}
