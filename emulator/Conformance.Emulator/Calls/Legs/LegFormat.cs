using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Streams.Playout;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>
/// What a leg carries once its media is up: the caller's audio rate (decoded PCM16 arrives at
/// it), the agent's output format (pre-encoded clip frames are picked in it; its rate is the
/// agent session's), how played audio is known (marks, or samples sent), and the protocol's
/// clear. <see cref="Description"/> is what the journal records as negotiated.
/// </summary>
public sealed record LegFormat(int CallerRate, ClipFormat Output, PlayedPositionSource PlayedPosition, string Description)
{
    /// <summary>The leg places marks after agent audio (Twilio/Telnyx <c>mark</c>, Plivo <c>checkpoint</c>).</summary>
    public bool Marks => PlayedPosition == PlayedPositionSource.Acknowledged;

    /// <summary>What the provider does with pending marks when it clears (Plivo discards them, PLV-007).</summary>
    public PendingMarksOnClear MarksOnClear { get; init; } = PendingMarksOnClear.Echo;

    /// <summary>The wire name of the clear message, or null where the transport has none (WebRTC: just stop).</summary>
    public string? ClearMessage { get; init; }

    /// <summary>The agent's silence between clips keeps the RTP clock moving (WebRTC) instead of sending nothing.</summary>
    public bool AdvanceClockInSilence { get; init; }

    public int OutputRate => Output.SampleRate;
}
