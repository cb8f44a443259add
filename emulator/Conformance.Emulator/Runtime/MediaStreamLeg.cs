namespace Conformance.Emulator.Runtime;

/// <summary>
/// What the REST layer agreed for a media-stream leg: protocol, sample rates and codec
/// (telephony protocols are G.711 at 8 kHz; Omnia <c>websocket</c> picks its rates and
/// <c>pcm</c>/<c>g711</c>), plus Omnia's buffering and Twilio-format flags.
/// </summary>
public sealed record MediaStreamLeg(MediaStreamProtocol Protocol, int InputSampleRate, int OutputSampleRate, MediaStreamCodec Codec)
{
    public bool EnableAudioBuffering { get; init; }

    public bool TwilioStream { get; init; }

    public static MediaStreamLeg Telephony(MediaStreamProtocol protocol) => new(protocol, 8000, 8000, MediaStreamCodec.G711);
}
