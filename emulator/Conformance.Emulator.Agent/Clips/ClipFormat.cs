namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// A leg's clip format: encoding, sample rate and frame length. G.711 is 8 kHz; Opus is 48 kHz
/// in 20 ms packets (WebRTC); PCM16 at 8/16/24/48 kHz.
/// </summary>
public readonly record struct ClipFormat(ClipEncoding Encoding, int SampleRate, int FrameMs = 20)
{
    public static ClipFormat MuLaw8k => new(ClipEncoding.MuLaw, 8000);

    public static ClipFormat ALaw8k => new(ClipEncoding.ALaw, 8000);

    public static ClipFormat Opus48k => new(ClipEncoding.Opus, 48000);

    public static ClipFormat Pcm16(int sampleRate) => new(ClipEncoding.Pcm16LittleEndian, sampleRate);

    public int FrameSamples => SampleRate / 1000 * FrameMs;

    /// <summary>Bytes per sample for sample-addressable encodings; 0 for Opus.</summary>
    public int BytesPerSample => Encoding switch
    {
        ClipEncoding.Pcm16LittleEndian or ClipEncoding.Pcm16BigEndian => 2,
        ClipEncoding.MuLaw or ClipEncoding.ALaw => 1,
        _ => 0,
    };

    public string? Validate()
    {
        if (SampleRate is not (8000 or 16000 or 24000 or 48000))
        {
            return $"sample rate {SampleRate} is not 8, 16, 24 or 48 kHz";
        }

        if (FrameMs is not (10 or 20))
        {
            return $"frame length {FrameMs} ms is not 10 or 20";
        }

        return Encoding switch
        {
            ClipEncoding.MuLaw or ClipEncoding.ALaw when SampleRate != 8000 => "G.711 is 8 kHz",
            ClipEncoding.Opus when SampleRate != 48000 || FrameMs != 20 => "Opus clips are 48 kHz in 20 ms packets",
            _ when !Enum.IsDefined(Encoding) => $"unknown encoding {(int)Encoding}",
            _ => null,
        };
    }

    public override string ToString() => $"{Encoding} {SampleRate} Hz/{FrameMs} ms";
}
