using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Calls;

/// <summary>After every scenario with a call (passed or not), its timeline goes to the report.</summary>
public sealed class TimelineHooks(VoiceScenario scenario, ScenarioInfo info, ScenarioOutput output)
{
    [AfterScenario(Order = 50)]
    public async Task AttachTimelinesAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < scenario.Calls.Count; i++)
        {
            var call = scenario.Calls[i];
            var seen = await call.Leg.ObserveAsync(cancellationToken);
            Emulator.JournalFacts? journal = null;
            if (scenario.Session.IsEmulator && i == 0)
            {
                try
                {
                    journal = await scenario.JournalAsync(cancellationToken);

                    // What the emulator could not do for this call (a leg it does not carry, a
                    // number it cannot route) explains a silent call better than a timeout.
                    foreach (var entry in (journal?.Entries ?? []).Where(e => e.Kind.EndsWith(".unsupported", StringComparison.Ordinal) || e.Kind.EndsWith(".unrouted", StringComparison.Ordinal)))
                    {
                        output.Log($"the emulator journaled {entry}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or Emulator.EmulatorControlException or InvalidOperationException)
                {
                    output.Log($"the journal could not be read for the timeline: {e.Message}");
                }
            }

            var title = scenario.Calls.Count == 1 ? info.Name : $"{info.Name} (call {i + 1})";
            output.AttachTimeline(TimelineBuilder.Build(title, call, seen, scenario, journal), $"timeline-{i + 1}.json");
        }
    }
}
