using Conformance.Emulator.Agent.Clips;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Tests.Script;

/// <summary>
/// Drives an <see cref="AgentSession"/> the way a call actor does, with a synthetic caller
/// timeline (levels per interval, digits at times), and records everything it hands out.
/// </summary>
internal sealed class SessionHarness
{
    private readonly List<(double From, double To, double Dbfs)> _caller = [];
    private readonly SortedDictionary<double, string> _digits = [];

    public SessionHarness(Persona persona, TurnPolicy? policy = null, ClipCatalog? clips = null, int sampleRate = 8000, int frameMs = 20,
        PlayedPositionSource played = PlayedPositionSource.SamplesSent)
    {
        Session = new AgentSession(new AgentSessionOptions
        {
            Persona = persona,
            Clips = clips ?? SyntheticClips.Catalog,
            Policy = policy,
            SampleRate = sampleRate,
            FrameMs = frameMs,
            PlayedPosition = played,
        });
    }

    public AgentSession Session { get; }

    public List<AgentCue> Cues { get; } = [];

    public List<TurnEvent> Events { get; } = [];

    /// <summary>Each output frame: its start (ms) and what went out (null = silence).</summary>
    public List<(double AtMs, AgentOutput? Output, bool Clear)> Frames { get; } = [];

    public bool HungUp { get; private set; }

    /// <summary>Called before each step with the time (ms) at the end of the caller frame.</summary>
    public Action<SessionHarness, double>? BeforeStep { get; set; }

    public SessionHarness Speech(double fromMs, double toMs, double dbfs = -20)
    {
        _caller.Add((fromMs, toMs, dbfs));
        return this;
    }

    public SessionHarness Digit(double atMs, string digit)
    {
        _digits[atMs] = digit;
        return this;
    }

    public SessionHarness Run(double untilMs)
    {
        Record(Session.Start());
        var frameMs = Session.FrameSamples * 1000.0 / Session.SampleRate;
        for (var t = 0.0; t < untilMs && !HungUp; t += frameMs)
        {
            foreach (var (at, digit) in _digits.Where(d => d.Key >= t && d.Key < t + frameMs))
            {
                Session.Dtmf(digit);
            }

            var level = -70.0;
            foreach (var (from, to, dbfs) in _caller)
            {
                if (t >= from && t < to)
                {
                    level = dbfs;
                }
            }

            BeforeStep?.Invoke(this, t + frameMs);
            Record(Session.Step(level));
        }

        return this;
    }

    public IEnumerable<T> Of<T>() => Cues.OfType<T>().Concat(Events.OfType<T>());

    public T Single<T>() => Assert.Single(Of<T>());

    /// <summary>Intervals (ms) during which agent audio went out, merged.</summary>
    public List<(double From, double To)> AudibleIntervals()
    {
        var intervals = new List<(double From, double To)>();
        var rate = Session.SampleRate;
        foreach (var (at, output, _) in Frames)
        {
            if (output is not { } o)
            {
                continue;
            }

            var end = at + (o.Count * 1000.0 / rate);
            if (intervals.Count > 0 && Math.Abs(intervals[^1].To - at) < 1e-9)
            {
                intervals[^1] = (intervals[^1].From, end);
            }
            else
            {
                intervals.Add((at, end));
            }
        }

        return intervals;
    }

    private void Record(AgentStep step)
    {
        Frames.Add((step.OutputStart.Milliseconds, step.Output, step.Clear));
        Cues.AddRange(step.Cues);
        Events.AddRange(step.TurnEvents);
        HungUp |= step.HangUp;
    }
}
