namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// How the session knows what the caller heard of a cut playback (turn-semantics §3).
/// </summary>
public enum PlayedPositionSource
{
    /// <summary>WebRTC/SIP: the samples sent are the samples heard.</summary>
    SamplesSent,

    /// <summary>Media streams: up to the last mark echoed as played, reported with <see cref="AgentSession.ReportPlayed"/>.</summary>
    Acknowledged,
}
