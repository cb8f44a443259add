using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Harness.Targets;

namespace Conformance.Harness.Steps;

/// <summary>
/// Every scenario enters the run's <see cref="ScenarioGate"/> before anything else and leaves it
/// after everything else; scenarios tagged <c>@lease-clock</c> (they move the emulator's lease
/// clock, which every tenant shares) enter it alone.
/// </summary>
public sealed class GateHooks(ScenarioGate gate, ScenarioInfo info, GatePass pass)
{
    public const string ExclusiveTag = "@lease-clock";

    [BeforeScenario(Order = int.MinValue)]
    public async Task EnterAsync(CancellationToken cancellationToken) =>
        pass.Entry = await gate.EnterAsync(info.HasTag(ExclusiveTag), cancellationToken);

    // After-hooks run in reverse order: this one last.
    [AfterScenario(Order = int.MinValue)]
    public ValueTask LeaveAsync() => pass.DisposeAsync();
}
