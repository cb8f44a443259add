namespace Conformance.TestSupport.Browser;

/// <summary>
/// What the browser says it received and played: inbound-rtp stats plus the analyser on the
/// <c>&lt;audio&gt;</c> element's stream (RMS in full-scale units, one reading per 20 ms).
/// </summary>
public sealed record BrowserInboundAudio(
    long TotalSamplesReceived,
    long PacketsReceived,
    long PacketsLost,
    string Codec,
    long PacketsSent,
    double MaxRms,
    long LoudFrames,
    long AnalysedFrames,
    string Log);
