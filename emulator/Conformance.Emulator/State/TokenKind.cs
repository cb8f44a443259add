namespace Conformance.Emulator.State;

/// <summary>Bearer-style secrets the store hands out and later redeems.</summary>
public enum TokenKind
{
    /// <summary>The credential inside an Omnia websocketUrl (single use; OMN-WS-002).</summary>
    OmniaSocket,

    /// <summary>A Voice.ai end_token, scoped to one call (VAI-END-003).</summary>
    VoiceAiEnd,
}
