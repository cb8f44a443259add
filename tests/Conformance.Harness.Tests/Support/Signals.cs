using Conformance.Audio;

namespace Conformance.Harness.Tests.Support;

/// <summary>Synthetic test signals: tones at a level, silence.</summary>
internal static class Signals
{
    public static short[] Tone(double ms, int rate, double dbfs = -20, double hz = 440)
    {
        var n = (int)SampleClock.FromMilliseconds(ms, rate);
        // A sine's RMS is peak/√2; SignalAnalysis puts a full-scale square wave at 0 dBFS.
        var peak = SignalAnalysis.DbfsToRms(dbfs) * Math.Sqrt(2);
        var samples = new short[n];
        for (var i = 0; i < n; i++)
        {
            samples[i] = (short)Math.Round(peak * Math.Sin(2 * Math.PI * hz * i / rate));
        }

        return samples;
    }

    public static short[] Silence(double ms, int rate) => new short[(int)SampleClock.FromMilliseconds(ms, rate)];

    public static short[] Concat(params short[][] parts) => [.. parts.SelectMany(p => p)];
}
