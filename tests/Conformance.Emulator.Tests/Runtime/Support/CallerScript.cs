namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>The caller's side of a call: silences and recordings laid end to end at one rate, remembering where each clip starts.</summary>
internal sealed class CallerScript(int rate)
{
    private readonly List<short> _samples = [];

    public int Rate => rate;

    public double LengthMs => _samples.Count * 1000.0 / rate;

    public CallerScript Silence(double ms)
    {
        _samples.AddRange(new short[(int)(ms * rate / 1000)]);
        return this;
    }

    /// <summary>Pads with silence up to <paramref name="ms"/> on the stream.</summary>
    public CallerScript Until(double ms) => Silence(Math.Max(0, ms - LengthMs));

    /// <summary>Appends <paramref name="clip"/>; returns where its speech starts and ends on the stream (ms).</summary>
    public (double OnsetMs, double EndMs) Say(CallerClip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
        var start = LengthMs;
        _samples.AddRange(clip.Samples);
        return (start + clip.OnsetMs, start + clip.EndMs);
    }

    public short[] ToArray() => [.. _samples];
}
