namespace Conformance.Harness.Drivers;

/// <summary>How a caller leg runs.</summary>
public sealed record CallerLegOptions
{
    /// <summary>Frame length: 20 ms, as Twilio/Telnyx/Plivo send and the generic mode asks (media-protocols.md §1.4, §4.1).</summary>
    public int FrameMs { get; init; } = 20;

    /// <summary>A guard so a call the agent never ends cannot hang a run: stream time after which the leg hangs up.</summary>
    public double MaxCallMs { get; init; } = 180_000;
}
