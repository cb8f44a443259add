namespace Conformance.Rtc;

/// <summary>What a <see cref="ConnectionEvent"/> reports.</summary>
public enum ConnectionEventKind
{
    StateChanged = 0,
    /// <summary>ICE selected (or changed) the remote endpoint media goes to.</summary>
    IceSelected,
    /// <summary>DTLS finished and SRTP is keyed; followed by StateChanged(Connected).</summary>
    DtlsCompleted,
    /// <summary>The peer sent RTCP BYE for its source (RFC 3550 §6.6).</summary>
    RemoteGoodbye,
}
