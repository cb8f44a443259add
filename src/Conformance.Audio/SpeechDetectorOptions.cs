namespace Conformance.Audio;

/// <summary>
/// Knobs of <see cref="SpeechDetector"/>; defaults follow turn-semantics §1 (−40/−45 dBFS,
/// 60 ms minimum onset, 20 ms frames) with a 150 ms hangover, the pause that splits utterances in
/// the fixture manifests.
/// </summary>
public sealed record SpeechDetectorOptions
{
    /// <summary>A frame starts (or continues an onset run) when its level reaches this (dBFS, <see cref="SignalAnalysis.Dbfs"/>).</summary>
    public double OnDbfs { get; init; } = -40;

    /// <summary>Once speech has started, a frame stays voiced down to this level (hysteresis).</summary>
    public double OffDbfs { get; init; } = -45;

    /// <summary>Voiced frames needed in a row before speech starts (the start is still dated at the first of them).</summary>
    public int MinOnsetMs { get; init; } = 60;

    /// <summary>
    /// Unvoiced time after the last voiced frame before speech ends (a pause at least this long
    /// splits utterances; shorter pauses stay inside one). The turn engine's <c>silenceThresholdMs</c>.
    /// </summary>
    public int HangoverMs { get; init; } = 150;

    /// <summary>Frame length the offline <see cref="SpeechDetector.Detect"/> cuts audio into (10 or 20 ms).</summary>
    public int FrameMs { get; init; } = 20;

    internal void Validate()
    {
        if (OffDbfs > OnDbfs)
        {
            throw new ArgumentException($"OffDbfs ({OffDbfs}) must not exceed OnDbfs ({OnDbfs}).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MinOnsetMs);
        ArgumentOutOfRangeException.ThrowIfNegative(HangoverMs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(FrameMs);
    }
}
