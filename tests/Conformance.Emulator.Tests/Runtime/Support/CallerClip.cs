namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>A caller recording at one rate and its speech onset / end (ms from the clip's start, manifest ground truth).</summary>
internal sealed record CallerClip(string Id, short[] Samples, int Rate, double OnsetMs, double EndMs)
{
    public double DurationMs => Samples.Length * 1000.0 / Rate;
}
