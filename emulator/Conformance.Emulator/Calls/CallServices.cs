using Conformance.Emulator.Calls.Agent;
using Conformance.Emulator.Calls.Media;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Calls;

/// <summary>What every call actor shares: the REST layer's call control, the model assets, the one media clock, deviations, recordings and tunables.</summary>
public sealed record CallServices(
    ICallControl Control,
    ModelAssets Assets,
    MediaClock Clock,
    DeviationRegistry Deviations,
    RecordingStore Recordings,
    CallRuntimeOptions Options,
    Numbers.NumberPlan Numbers,
    ILogger Log)
{
    public TimeProvider Time => Clock.Time;
}
