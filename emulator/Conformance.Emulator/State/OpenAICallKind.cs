namespace Conformance.Emulator.State;

public enum OpenAICallKind
{
    WebRtc,
    Sip,
}
