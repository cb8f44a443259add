namespace Conformance.Emulator.Deviations;

/// <summary>Where a deviation acts: on REST/HTTP behaviour (this piece) or on media and turn-taking (the call runtime).</summary>
public enum DeviationLayer
{
    Rest,
    Media,
}
