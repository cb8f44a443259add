namespace Conformance.Emulator.Runtime;

/// <summary>
/// A negotiated WebRTC leg (the answerer side of a peer connection) handed to the runtime:
/// the codec the answer chose, and disposal that releases its socket and native handles.
/// </summary>
public interface IWebRtcLeg : IAsyncDisposable
{
    /// <summary>Negotiated audio codec, e.g. <c>opus/48000/2</c> or <c>PCMU/8000</c>.</summary>
    string Codec { get; }

    /// <summary>Completes when ICE and DTLS are up; faults when the connection fails or closes first.</summary>
    Task WaitForConnectedAsync(CancellationToken cancellationToken);
}
