using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Drivers;

/// <summary>Everything one caller leg sent, heard and saw, at one moment: the input of every measurement.</summary>
public sealed record CallObservation(
    string Transport,
    double NowMs,
    AgentEarSnapshot Ear,
    IReadOnlyList<CallerUtterance> Utterances,
    IReadOnlyList<WireEvent> Events,
    IReadOnlyList<double> Clears,
    IReadOnlyList<(double AtMs, AgentProtocolFinding Finding)> Findings,
    IReadOnlyList<MarkRecord> Marks,
    bool Ended,
    double? EndedAtMs,
    string? EndReason,
    string? Codec,
    int AgentAudioMessages)
{
    public IEnumerable<AgentProtocolFinding> Errors => Findings.Select(f => f.Finding).Where(f => f.IsError);
}
