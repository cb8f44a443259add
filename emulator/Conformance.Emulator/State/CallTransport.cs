namespace Conformance.Emulator.State;

/// <summary>How the caller leg reaches the emulator (or will, once the runtime attaches it).</summary>
public enum CallTransport
{
    WebRtc,
    MediaStream,
    Sip,
    Phone,
    LiveKit,
}
