namespace Conformance.Emulator.State;

/// <summary>What a sweep found due: calls whose lease ran out, unanswered calls past their ring deadline, Omnia calls whose websocketUrl expired unused.</summary>
public sealed record DueWork(IReadOnlyList<CallRecord> LeasesExpired, IReadOnlyList<CallRecord> RingTimeouts, IReadOnlyList<CallRecord> SocketsExpired)
{
    public bool IsEmpty => LeasesExpired.Count == 0 && RingTimeouts.Count == 0 && SocketsExpired.Count == 0;
}
