using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Measuring;

namespace Conformance.Harness.Drivers;

/// <summary>
/// The live state of one caller leg, owned by the leg's loop: what was sent, what was heard, the
/// protocol events. Conditions passed to <see cref="ICallerLeg.WaitForAsync"/> read it on the loop,
/// between ticks; everyone else reads a <see cref="CallObservation"/>.
/// </summary>
public sealed class CallState
{
    private readonly List<CallerUtterance> _utterances = [];
    private readonly List<WireEvent> _events = [];
    private readonly List<double> _clears = [];
    private readonly List<(double AtMs, AgentProtocolFinding Finding)> _findings = [];
    private readonly List<MarkRecord> _marks = [];

    public CallState(string transport, AgentEar ear, double frameMs)
    {
        Transport = transport;
        Ear = ear;
        FrameMs = frameMs;
    }

    public string Transport { get; }

    public double FrameMs { get; }

    /// <summary>The stream time the leg has reached (the end of the last tick).</summary>
    public double NowMs { get; internal set; }

    public AgentEar Ear { get; }

    public IReadOnlyList<CallerUtterance> Utterances => _utterances;

    public IReadOnlyList<WireEvent> Events => _events;

    /// <summary>When each clear arrived.</summary>
    public IReadOnlyList<double> Clears => _clears;

    public IReadOnlyList<(double AtMs, AgentProtocolFinding Finding)> Findings => _findings;

    public IReadOnlyList<MarkRecord> Marks => _marks;

    public int AgentAudioMessages { get; internal set; }

    public long AgentAudioBytes { get; internal set; }

    /// <summary>The call is over for this leg (hung up, socket closed, or the agent ended it).</summary>
    public bool Ended { get; internal set; }

    public double? EndedAtMs { get; internal set; }

    public string? EndReason { get; internal set; }

    /// <summary>Codec/format this leg carries (e.g. <c>PCMU 8000 Hz</c>, <c>opus/48000/2</c>).</summary>
    public string? Codec { get; internal set; }

    public CallerUtterance? LastUtterance => _utterances.Count == 0 ? null : _utterances[^1];

    internal void AddUtterance(CallerUtterance utterance) => _utterances.Add(utterance);

    internal void Log(WireDirection direction, string kind, string? detail = null) => _events.Add(new WireEvent(NowMs, direction, kind, detail));

    internal void LogAt(double atMs, WireDirection direction, string kind, string? detail = null) => _events.Add(new WireEvent(atMs, direction, kind, detail));

    internal void AddClear(double atMs) => _clears.Add(atMs);

    internal void AddFinding(AgentProtocolFinding finding) => _findings.Add((NowMs, finding));

    internal void AddMark(MarkRecord mark) => _marks.Add(mark);

    internal void UpdateMark(string name, Func<MarkRecord, MarkRecord> update)
    {
        var index = _marks.FindIndex(m => m.Name == name && m.Outcome is null);
        if (index >= 0)
        {
            _marks[index] = update(_marks[index]);
        }
    }

    internal void End(string reason)
    {
        if (!Ended)
        {
            Ended = true;
            EndedAtMs = NowMs;
            EndReason = reason;
            Log(WireDirection.Local, "ended", reason);
        }
    }

    /// <summary>An immutable copy for steps and measurements.</summary>
    public CallObservation Observe() => new(
        Transport,
        NowMs,
        Ear.Snapshot(),
        [.. _utterances],
        [.. _events],
        [.. _clears],
        [.. _findings],
        [.. _marks],
        Ended,
        EndedAtMs,
        EndReason,
        Codec,
        AgentAudioMessages);
}
