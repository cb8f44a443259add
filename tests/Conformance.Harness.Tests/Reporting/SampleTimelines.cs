using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Reporting;

/// <summary>Fixed, synthetic timelines for the model and report tests (no fixtures, no sockets).</summary>
internal static class SampleTimelines
{
    /// <summary>A 440 Hz tone, <paramref name="ms"/> long at 8 kHz, at <paramref name="amplitude"/>.</summary>
    public static short[] Tone(int ms, short amplitude, int rate = 8000)
    {
        var samples = new short[(long)ms * rate / 1000];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * 440 * i / rate));
        }

        return samples;
    }

    /// <summary>A tone whose loudness rises and falls about four times a second, like syllables, so plots look like speech.</summary>
    public static short[] Syllables(int ms, short amplitude, int rate = 8000)
    {
        var samples = Tone(ms, amplitude, rate);
        for (var i = 0; i < samples.Length; i++)
        {
            var envelope = 0.25 + (0.75 * Math.Abs(Math.Sin(Math.PI * 4.3 * i / rate)));
            samples[i] = (short)Math.Round(samples[i] * envelope);
        }

        return samples;
    }

    /// <summary>Silence, then a tone, then silence: one "utterance" between the two.</summary>
    public static short[] Utterance(int leadMs, int speechMs, int tailMs, short amplitude = 12000) =>
        [.. new short[leadMs * 8], .. Syllables(speechMs, amplitude), .. new short[tailMs * 8]];

    /// <summary>A turn: caller speaks 240–2580 ms, the agent answers 700 ms after the end (silence 500 + think 200).</summary>
    public static ScenarioTimeline Turn()
    {
        var caller = TimelineTrack.FromPcm("caller sent (PCMU 8 kHz)", TrackRole.Caller, Utterance(240, 2340, 420), 8000, 0);
        var agent = TimelineTrack.FromPcm("agent heard", TrackRole.Agent, Utterance(0, 1500, 200, 9000), 8000, 3280);
        return new ScenarioTimeline(
            "Turn gap at a 500 ms threshold",
            "first caller frame sent",
            [caller, agent],
            [
                new TimelineSpan(caller.Name, 240, 2580, "utterance-testing-routine", TimelineSpanKind.CallerSpeechTruth),
                new TimelineSpan(caller.Name, 240, 2580, "speech (journal)", TimelineSpanKind.CallerSpeechJournal),
                new TimelineSpan(agent.Name, 3280, 4780, "reply", TimelineSpanKind.AgentAudioHeard),
            ],
            [
                new TimelineEvent(0, "start", TimelineEventSource.Wire, TimelineEventKind.MediaStart),
                new TimelineEvent(0, "PCMU/8000", TimelineEventSource.Harness, TimelineEventKind.CodecNegotiated),
                new TimelineEvent(3080, "commit", TimelineEventSource.Journal, TimelineEventKind.Commit),
                new TimelineEvent(4800, "mark 7 played", TimelineEventSource.Wire, TimelineEventKind.MarkPlayed),
            ],
            [
                Measurement.Interval("turn gap", 2580, 3280, 40, "TURN-004").Expect(700, 60).WithJournal(700),
                Measurement.Interval("turn gap (budget)", 2580, 3280, 40).WithinBudget(500),
                new Measurement("truncate position error", 0, 0, 0, 0, 0, MeasurementVerdict.Info) { Note = "exact on the emulator" },
            ]);
    }

    /// <summary>
    /// Barge-in: the agent talks from 0 ms, the caller cuts in at 1000 ms, the agent is heard until
    /// 1180 ms; <paramref name="budgetMs"/> judges the stop latency.
    /// </summary>
    public static ScenarioTimeline BargeIn(double budgetMs)
    {
        var agent = TimelineTrack.FromPcm("agent heard (Twilio playout)", TrackRole.Agent, Utterance(0, 1180, 0, 9000), 8000, 0);
        var received = TimelineTrack.FromPcm("agent received", TrackRole.Agent, Utterance(0, 1400, 0, 9000), 8000, 0);
        var caller = TimelineTrack.FromPcm("caller sent", TrackRole.Caller, Utterance(1000, 2000, 300), 8000, 0);
        return new ScenarioTimeline(
            "Instant barge-in",
            "media stream start sent",
            [caller, agent, received],
            [
                new TimelineSpan(caller.Name, 1000, 3000, "utterance-twentieth-time", TimelineSpanKind.CallerSpeechTruth),
                new TimelineSpan(caller.Name, 0, 3300, "sent", TimelineSpanKind.CallerSpeechSent),
                new TimelineSpan(agent.Name, 0, 1180, "greeting", TimelineSpanKind.AgentAudioHeard),
                new TimelineSpan(received.Name, 0, 1400, "received", TimelineSpanKind.AgentAudioReceived),
                new TimelineSpan("journal", 0, 1020, "greeting clip (cut)", TimelineSpanKind.AgentAudioJournal),
            ],
            [
                new TimelineEvent(0, "start", TimelineEventSource.Wire, TimelineEventKind.MediaStart),
                new TimelineEvent(1000, "barge-in", TimelineEventSource.Journal, TimelineEventKind.BargeIn),
                new TimelineEvent(1020, "cut at 1020 ms", TimelineEventSource.Journal, TimelineEventKind.Cut),
                new TimelineEvent(1060, "clear", TimelineEventSource.Wire, TimelineEventKind.Clear),
                new TimelineEvent(1100, "mark 12", TimelineEventSource.Wire, TimelineEventKind.Mark),
            ],
            [
                Measurement.Interval("barge-in stop latency", 1000, 1180, 30, "BARGE-002").WithinBudget(budgetMs).WithJournal(20),
                Measurement.Interval("clear latency", 1000, 1060, 20, "BARGE-003").WithinBudget(100),
                new Measurement("audio leak", 180, 30, null, null, 20, MeasurementVerdict.Info) { Note = "heard after the caller's onset" },
            ]);
    }
}
