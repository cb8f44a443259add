namespace Conformance.Harness.Calls;

/// <summary>How the caller reaches the agent.</summary>
public enum CallTransportKind
{
    /// <summary>Twilio Media Streams to an Omnia websocketUrl.</summary>
    Twilio,

    /// <summary>Telnyx media streaming to an Omnia websocketUrl.</summary>
    Telnyx,

    /// <summary>Plivo audio streams to an Omnia websocketUrl.</summary>
    Plivo,

    /// <summary>The generic binary-PCM socket of an Omnia <c>websocket</c> call.</summary>
    Generic,

    /// <summary>ClutchCall dials the harness's callee (a generic media-stream socket).</summary>
    ClutchCall,

    /// <summary>Our Rtc offerer calling Everruns <c>create_call</c>.</summary>
    WebRtc,

    /// <summary>Our Rtc offerer calling OpenAI <c>/v1/realtime/calls</c>.</summary>
    OpenAIWebRtc,

    /// <summary>Chromium calling Everruns <c>create_call</c>.</summary>
    Browser,
}
