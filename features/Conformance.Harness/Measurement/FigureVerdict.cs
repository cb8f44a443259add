namespace Conformance.Harness.Measurement;

/// <summary>How a measured figure was judged: against an expectation, or recorded for information only.</summary>
public enum FigureVerdict
{
    Info,
    Pass,
    Fail,
}
