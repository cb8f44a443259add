namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// The agent audio for one output frame: samples [<see cref="Offset"/>, +<see cref="Count"/>) of
/// clip <see cref="ClipId"/> at the session's rate (Count is a whole frame except at the clip's
/// end, where the rest of the frame is silence). Playbacks start on frame boundaries, so
/// <see cref="Offset"/> is a multiple of the frame length: pre-encoded frame
/// <c>Offset / frameSamples</c> of the clip is this frame.
/// </summary>
public readonly record struct AgentOutput(int PlaybackId, string ClipId, PlaybackPurpose Purpose, long Offset, int Count)
{
    public int FrameIndex(int frameSamples) => (int)(Offset / frameSamples);
}
