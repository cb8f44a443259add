using Conformance.Audio;
using Conformance.Harness.Drivers;
using Conformance.Harness.Drivers.Streams;
using Conformance.Harness.Emulator;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Calls;

/// <summary>
/// One call of a scenario as a <see cref="ScenarioTimeline"/> for the report: what the caller
/// sent and heard (waveforms), the fixture's ground truth and the speech heard, the wire events,
/// the emulator's journal beside them, and the figures measured.
/// </summary>
public static class TimelineBuilder
{
    public const string Origin = "media start on the caller's leg (first frame sent)";

    public static ScenarioTimeline Build(string title, PlacedCall call, CallObservation seen, VoiceScenario scenario, JournalFacts? journal)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(scenario);
        var tracks = new List<TimelineTrack>();
        var spans = new List<TimelineSpan>();
        var events = new List<TimelineEvent>();
        var callerRate = call.Leg.UplinkSampleRate;
        var sent = new short[(int)SampleClock.FromMilliseconds(Math.Max(seen.NowMs, 1), callerRate)];
        var format = call.Leg is MediaStreamCall stream ? stream.Protocol.Uplink : null;
        var callerName = $"caller sent ({seen.Transport}, {callerRate} Hz)";
        foreach (var utterance in seen.Utterances)
        {
            var clip = format is null ? scenario.CallerAudio.Get(utterance.ClipId, callerRate) : scenario.CallerAudio.Get(utterance.ClipId, format);
            var at = (int)SampleClock.FromMilliseconds(utterance.StartMs, callerRate);
            var take = Math.Clamp(sent.Length - at, 0, clip.Pcm.Length);
            clip.Pcm.Span[..take].CopyTo(sent.AsSpan(at));
            spans.Add(new TimelineSpan(callerName, utterance.StartMs, Math.Min(utterance.StopMs, seen.NowMs), utterance.ClipId, TimelineSpanKind.CallerSpeechSent));
            spans.AddRange(utterance.Speech.Select(s => new TimelineSpan(callerName, utterance.StartMs + s.OnsetMs, utterance.StartMs + s.OffsetMs, "speech (ground truth)", TimelineSpanKind.CallerSpeechTruth)));
        }

        tracks.Add(TimelineTrack.FromPcm(callerName, TrackRole.Caller, sent, callerRate, 0));
        var agentName = $"agent heard ({seen.Codec})";
        tracks.Add(TimelineTrack.FromPcm(agentName, TrackRole.Agent, seen.Ear.Pcm.Span, seen.Ear.SampleRate, 0));
        spans.AddRange(seen.Ear.Segments.Select(s => new TimelineSpan(agentName, s.StartMs, s.EndMs, "agent speech heard", TimelineSpanKind.AgentAudioHeard)));
        events.AddRange(seen.Events.Select(Wire));
        if (journal is not null)
        {
            AddJournal(journal, callerName, agentName, spans, events);
        }

        return new ScenarioTimeline(title, Origin, tracks, spans, events, [.. scenario.Figures]);
    }

    private static TimelineEvent Wire(WireEvent e) => new(e.AtMs, e.Detail is null ? e.Kind : $"{e.Kind}: {Short(e.Detail)}", e.Direction == WireDirection.Local ? TimelineEventSource.Harness : TimelineEventSource.Wire, e.Kind switch
    {
        "clear" or "clearAudio" or "playback_clear_buffer" => TimelineEventKind.Clear,
        "mark" or "playedStream" => TimelineEventKind.Mark,
        "stream open" or "connected" => TimelineEventKind.Connected,
        "codec" => TimelineEventKind.CodecNegotiated,
        "ended" or "socket closed" or "hangup" or "call_ended" => TimelineEventKind.CallEnded,
        "harness stalled" => TimelineEventKind.Other,
        "caller speech" => TimelineEventKind.MediaStart,
        "playout started" or "agent audio" => TimelineEventKind.MediaStart,
        "playout drained" or "playout cleared" or "agent audio stopped arriving" => TimelineEventKind.MediaStop,
        _ => TimelineEventKind.Other,
    });

    private static void AddJournal(JournalFacts journal, string callerName, string agentName, List<TimelineSpan> spans, List<TimelineEvent> events)
    {
        var open = new Dictionary<string, (double Start, string Clip)>(StringComparer.Ordinal);
        double? speechStart = null;
        foreach (var e in journal.Entries.Where(e => e.MediaTimeMs is not null).OrderBy(e => e.MediaTimeMs))
        {
            var at = e.MediaTimeMs!.Value;
            switch (e.Kind)
            {
                case "media.vad.start":
                    speechStart = at;
                    events.Add(new TimelineEvent(at, "VAD start", TimelineEventSource.Journal, TimelineEventKind.SpeechStarted));
                    break;
                case "media.vad.end":
                    spans.Add(new TimelineSpan(callerName, speechStart ?? at, at, $"VAD: {e.Text("disposition")}", TimelineSpanKind.CallerSpeechJournal));
                    events.Add(new TimelineEvent(at, "VAD end", TimelineEventSource.Journal, TimelineEventKind.SpeechStopped));
                    break;
                case "media.turn.commit":
                    events.Add(new TimelineEvent(at, $"commit turn {e.Number("turn")}", TimelineEventSource.Journal, TimelineEventKind.Commit));
                    break;
                case "media.turn.backchannel":
                    events.Add(new TimelineEvent(at, "backchannel", TimelineEventSource.Journal, TimelineEventKind.Backchannel));
                    break;
                case "media.barge_in":
                    events.Add(new TimelineEvent(at, $"barge-in ({e.Text("mode")})", TimelineEventSource.Journal, TimelineEventKind.BargeIn));
                    break;
                case "media.clip.start":
                    open[e.Text("playback") ?? ""] = (at, e.Text("clip") ?? "clip");
                    break;
                case "media.clip.finish":
                case "media.clip.cut":
                    if (open.Remove(e.Text("playback") ?? "", out var started))
                    {
                        spans.Add(new TimelineSpan(agentName, started.Start, at, $"{started.Clip} (journal)", TimelineSpanKind.AgentAudioJournal));
                    }

                    if (e.Kind == "media.clip.cut")
                    {
                        events.Add(new TimelineEvent(at, $"cut {e.Text("clip")}: played {e.Number("played_ms"):0} ms", TimelineEventSource.Journal, TimelineEventKind.Cut));
                    }

                    break;
                case "media.caller.gap":
                    events.Add(new TimelineEvent(at, $"caller audio late: {e.Number("filled_samples"):0} samples filled with silence", TimelineEventSource.Journal, TimelineEventKind.Other));
                    break;
                case "media.caller.late":
                    events.Add(new TimelineEvent(at, $"caller audio arrived late: {e.Number("samples"):0} samples", TimelineEventSource.Journal, TimelineEventKind.Other));
                    break;
                case "media.actor.stalled":
                    events.Add(new TimelineEvent(at, $"emulator stalled {e.Number("late_ms"):0} ms", TimelineEventSource.Journal, TimelineEventKind.Other));
                    break;
                case "media.inactivity":
                case "media.max_duration":
                case "media.hangup":
                    events.Add(new TimelineEvent(at, e.Kind["media.".Length..], TimelineEventSource.Journal, TimelineEventKind.Other));
                    break;
            }
        }
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
