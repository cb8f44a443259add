namespace Conformance.Streams.Twilio;

/// <summary>
/// <c>start.mediaFormat</c>: Twilio documents it as "always" <c>audio/x-mulaw</c>, 8000 Hz, 1 channel.
/// </summary>
public sealed record TwilioMediaFormat(string Encoding = TwilioMediaFormat.MuLaw, int SampleRate = 8000, int Channels = 1)
{
    public const string MuLaw = "audio/x-mulaw";

    public static TwilioMediaFormat Default { get; } = new();
}
