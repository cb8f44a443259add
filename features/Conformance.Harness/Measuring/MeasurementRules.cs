using Conformance.Audio;

namespace Conformance.Harness.Measuring;

/// <summary>
/// The uncertainties of turn-semantics §6, in one place. Everything the harness measures is in
/// media time on the caller leg (samples sent and samples played out since the stream started),
/// so the quantisation is the frame: the harness sends a 20 ms frame per tick, and agent audio that
/// arrives between ticks reaches the simulated playout at the next tick.
/// </summary>
public static class MeasurementRules
{
    /// <summary>The frame the harness sends and plays out per tick.</summary>
    public const int FrameMs = 20;

    /// <summary>
    /// The detector that finds agent speech at the caller's ear: the manifest detector of the
    /// fixtures (fixtures/audio/README.md), so agent clips measured here segment exactly as their
    /// manifest says.
    /// </summary>
    public static SpeechDetectorOptions AgentDetector { get; } = new()
    {
        OnDbfs = -40,
        OffDbfs = -45,
        MinOnsetMs = 60,
        HangoverMs = 150,
        FrameMs = FrameMs,
    };

    /// <summary>Caller speech onset or end: the send time of a known sample, ± 1 frame (§6).</summary>
    public const double CallerEdgeMs = FrameMs;

    /// <summary>
    /// Agent audible onset or end: ± 1 frame of detector quantisation + 1 frame of playout tick
    /// (§6 adds the detector hangover: our detector dates an end at the end of the last voiced
    /// frame, so the hangover delays when the edge is known, not its date).
    /// </summary>
    public const double AgentEdgeMs = 2 * FrameMs;

    /// <summary>A wire event (a clear, a mark) is stamped with the tick it was read at: ± 1 frame.</summary>
    public const double WireEventMs = FrameMs;

    /// <summary>Played audio is counted in exact samples by the playout model, stamped per tick.</summary>
    public const double PlayedAudioMs = FrameMs;

    /// <summary>The journal's own quantisation: the emulator decides on 20 ms frames too.</summary>
    public const double JournalMs = FrameMs;
}
