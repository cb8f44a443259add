using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Surfaces.Omnia;

/// <summary>
/// <c>connectionType</c> and <c>websocket</c> options → the media-stream leg the websocketUrl
/// will carry (vendors.md §2.3): carriers are G.711 at 8 kHz whatever is sent; <c>websocket</c>
/// needs both sample rates (8000–48000) and picks <c>pcm</c> or <c>g711</c> (default g711 —
/// the newest spec; OMN-DRIFT-003); <c>webrtc</c> is the SDK's credential hand-off.
/// </summary>
public static class OmniaConnection
{
    public static IReadOnlyList<string> Types { get; } = ["twilio", "telnyx", "plivo", "websocket", "webrtc"];

    public static (string ConnectionType, MediaStreamLeg Leg) Parse(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var type = reader.ReadEnum("connectionType", Types) ?? "twilio";
        switch (type)
        {
            case "telnyx":
                return (type, MediaStreamLeg.Telephony(MediaStreamProtocol.Telnyx));
            case "plivo":
                return (type, MediaStreamLeg.Telephony(MediaStreamProtocol.Plivo));
            case "webrtc":
                return (type, new MediaStreamLeg(MediaStreamProtocol.OmniaWebRtcHandoff, 48000, 48000, MediaStreamCodec.Pcm16));
            case "websocket":
                break;
            default:
                return (type, MediaStreamLeg.Telephony(MediaStreamProtocol.Twilio));
        }

        var options = reader.ReadObject("websocket");
        if (options is null)
        {
            reader.Fail("websocket", FieldErrorKind.Missing, "websocket options (inputSampleRate, outputSampleRate) are required when connectionType is websocket");
            return (type, new MediaStreamLeg(MediaStreamProtocol.Generic, 16000, 16000, MediaStreamCodec.Pcm16));
        }

        var w = reader.Nested("websocket", options);
        var input = (int?)w.ReadInteger("inputSampleRate", 8000, 48000, required: true) ?? 16000;
        var output = (int?)w.ReadInteger("outputSampleRate", 8000, 48000, required: true) ?? 16000;
        var codec = w.ReadEnum("codec", ["pcm", "g711"]) ?? "g711";
        var buffering = w.ReadBoolean("enableAudioBuffering") ?? false;
        var twilioStream = w.ReadBoolean("twilioStream") ?? false;
        if (codec == "g711" && (input != 8000 || output != 8000) && w.IsValid)
        {
            w.Fail("codec", FieldErrorKind.Conflict, "codec g711 is 8000 Hz: set both sample rates to 8000 or use codec pcm");
        }

        return (type, new MediaStreamLeg(MediaStreamProtocol.Generic, input, output, codec == "pcm" ? MediaStreamCodec.Pcm16 : MediaStreamCodec.G711)
        {
            EnableAudioBuffering = buffering,
            TwilioStream = twilioStream,
        });
    }
}
