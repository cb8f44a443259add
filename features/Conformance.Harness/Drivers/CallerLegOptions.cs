namespace Conformance.Harness.Drivers;

/// <summary>How a caller leg runs.</summary>
public sealed record CallerLegOptions
{
    /// <summary>Frame length: 20 ms, as Twilio/Telnyx/Plivo send and the generic mode asks (media-protocols.md §1.4, §4.1).</summary>
    public int FrameMs { get; init; } = 20;

    /// <summary>
    /// Caller frames sent ahead of the tick. A real carrier sends each frame when it has it; a
    /// harness sharing a loaded machine may stall, and a receiver that fills a late frame with
    /// silence would then hear a gap in the caller's speech that was never there. Frames sent a
    /// little early are consumed at their own time (the stream's media time is the sample count),
    /// so the lead changes no timing, only absorbs stalls. Media streams only: RTP is sent in real time.
    /// </summary>
    public int UplinkLeadFrames { get; init; } = 3;

    /// <summary>A guard so a call the agent never ends cannot hang a run: stream time after which the leg hangs up.</summary>
    public double MaxCallMs { get; init; } = 180_000;
}
