using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// The playback was cut at <see cref="AgentCue.At"/>: nothing from there on goes out.
/// <see cref="SentSamples"/> of the clip went out; <see cref="PlayedSamples"/> were heard by the
/// caller (WebRTC/SIP: the samples sent; media streams: up to the last mark echoed as played).
/// <see cref="PlayedMs"/> is what <c>conversation.item.truncate.audio_end_ms</c> carries.
/// </summary>
public sealed record PlaybackCut(
    MediaTime At,
    int PlaybackId,
    string ClipId,
    PlaybackPurpose Purpose,
    long SentSamples,
    long PlayedSamples,
    double PlayedMs,
    CutReason Reason) : AgentCue(At);
