using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>The playback's last sample ends at <see cref="AgentCue.At"/> (sample-exact, possibly mid-frame).</summary>
public sealed record PlaybackFinished(MediaTime At, int PlaybackId, string ClipId, PlaybackPurpose Purpose) : AgentCue(At);
