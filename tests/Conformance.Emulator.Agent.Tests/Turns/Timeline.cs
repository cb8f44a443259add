using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Turns;

/// <summary>
/// A tiny DSL for synthetic call timelines: caller levels per interval, agent audio intervals,
/// run through a <see cref="TurnEngine"/> frame by frame.
/// <code>
/// new Timeline().Speech(0, 1200).Agent(2000, 5000).Run(policy, untilMs: 8000)
/// </code>
/// Agent audio stops at a barge-in cut (as the actor would stop it), unless told otherwise.
/// </summary>
internal sealed class Timeline
{
    private readonly List<(double From, double To, double Dbfs)> _caller = [];
    private readonly List<(double From, double To, bool Interruptible)> _agent = [];

    public Timeline(int sampleRate = 8000, int frameMs = 20, double backgroundDbfs = -70)
    {
        SampleRate = sampleRate;
        FrameMs = frameMs;
        BackgroundDbfs = backgroundDbfs;
    }

    public int SampleRate { get; }

    public int FrameMs { get; }

    public double BackgroundDbfs { get; }

    /// <summary>Caller audio at <paramref name="dbfs"/> over [from, to) ms; later calls win where they overlap.</summary>
    public Timeline Speech(double fromMs, double toMs, double dbfs = -20)
    {
        _caller.Add((fromMs, toMs, dbfs));
        return this;
    }

    /// <summary>Agent audio going out over [from, to) ms.</summary>
    public Timeline Agent(double fromMs, double toMs, bool interruptible = true)
    {
        _agent.Add((fromMs, toMs, interruptible));
        return this;
    }

    public TimelineRun Run(TurnPolicy policy, double untilMs, bool cutsStopAgent = true)
    {
        var engine = new TurnEngine(policy, SampleRate);
        var frame = SampleRate / 1000 * FrameMs;
        var events = new List<TurnEvent>();
        var audible = new List<(double From, double To)>();
        double? cutAt = null;
        (double From, double To, bool Interruptible)? cutInterval = null;
        for (long start = 0; start * 1000.0 / SampleRate < untilMs; start += frame)
        {
            var ms = start * 1000.0 / SampleRate;
            var level = BackgroundDbfs;
            foreach (var (from, to, dbfs) in _caller)
            {
                if (ms >= from && ms < to)
                {
                    level = dbfs;
                }
            }

            var agent = _agent.Where(a => ms >= a.From && ms < a.To).Cast<(double From, double To, bool Interruptible)?>().FirstOrDefault();
            if (agent is { } current && cutsStopAgent && cutInterval == current && ms >= cutAt)
            {
                agent = null;
            }

            if (agent is not null)
            {
                audible.Add((ms, ms + FrameMs));
            }

            foreach (var e in engine.Process(new TurnFrame(start, frame, level, agent is not null, agent?.Interruptible ?? true)))
            {
                events.Add(e);
                if (e is BargeIn cut && agent is not null)
                {
                    cutAt = cut.At.Milliseconds;
                    cutInterval = agent;
                }
            }
        }

        return new TimelineRun(events, audible);
    }
}
