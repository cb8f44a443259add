using Conformance.Emulator.Agent.Clips;

namespace Conformance.Emulator.Agent.Tests;

/// <summary>
/// A clip catalog with the manifest's ids, made of tones (no fixture files needed): each clip is
/// a 440 Hz tone at −20 dBFS RMS of the stated length at 48 kHz.
/// </summary>
internal static class SyntheticClips
{
    public static readonly (string Id, int Ms, string Text)[] Specs =
    [
        ("greeting", 3000, "Hello, thanks for calling. How can I help?"),
        ("reply-2s", 2000, "Sure, I can help with that."),
        ("reply-4s", 4000, "Let me look that up for you, it will only take a moment."),
        ("reply-6s", 6000, "Six seconds of reply."),
        ("reply-8s", 8000, "Eight seconds of reply."),
        ("checkin", 1500, "Are you still there?"),
        ("goodbye", 1200, "Goodbye."),
        ("preroll", 1000, "Connecting you now."),
    ];

    public static ClipCatalog Catalog { get; } = new(Specs.Select(s => Tone(s.Id, s.Ms, s.Text)));

    /// <summary>A catalog with chosen lengths (ms), e.g. to make a clip end mid-frame.</summary>
    public static ClipCatalog With(params (string Id, double Ms)[] clips) =>
        new(clips.Select(c => Tone(c.Id, c.Ms, c.Id)));

    public static Clip Tone(string id, double ms, string transcript, int rate = 48000)
    {
        var samples = new short[(int)Math.Round(ms * rate / 1000)];
        var amplitude = 32768 * Math.Pow(10, -20 / 20.0) * Math.Sqrt(2);
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * 440 * i / rate));
        }

        return new Clip(id, samples, rate, transcript);
    }
}
