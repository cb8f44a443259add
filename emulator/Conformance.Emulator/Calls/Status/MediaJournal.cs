using System.Text.Json.Nodes;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.Emulator.Journal;

namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// Writes the runtime's facts into a call's journal (specs/runtime.md §6, RUN-060…): every
/// entry's <c>media_time_ms</c> is on the call timeline (ms since the media epoch), and the data
/// repeat the instant in samples with the rate they count at. Turn events and agent cues carry
/// the session's own times, which start when the agent started: <see cref="SessionOffsetMs"/>
/// maps them onto the call.
/// </summary>
public sealed class MediaJournal
{
    public const string Source = "runtime";

    private readonly CallJournal _journal;

    public MediaJournal(CallJournal journal)
    {
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
    }

    /// <summary>Where the agent session's time 0 sits on the call timeline.</summary>
    public double SessionOffsetMs { get; set; }

    public void Write(string kind, JsonObject data, double? mediaTimeMs = null) => _journal.Append(kind, Source, data, mediaTimeMs);

    public double CallMs(MediaTime time) => SessionOffsetMs + time.Milliseconds;

    public void TurnEvent(TurnEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case SpeechStarted s:
                Write("media.vad.start", With(Instant(s.At), ("detected_ms", CallMs(s.DetectedAt)), ("reported_start_ms", CallMs(s.ReportedStart)),
                    ("during_agent_audio", s.DuringAgentAudio), ("ignored", s.Ignored)), CallMs(s.At));
                break;
            case SpeechEnded s:
                Write("media.vad.end", With(Instant(s.At), ("start_ms", CallMs(s.Start)), ("detected_ms", CallMs(s.DetectedAt)),
                    ("duration_ms", s.DurationMs), ("disposition", Name(s.Disposition))), CallMs(s.At));
                if (s.Disposition == SpeechDisposition.Backchannel)
                {
                    Write("media.turn.backchannel", With(Instant(s.At), ("start_ms", CallMs(s.Start)), ("duration_ms", s.DurationMs)), CallMs(s.At));
                }

                break;
            case TurnCommitted c:
                Write("media.turn.commit", With(Instant(c.At), ("turn", c.TurnIndex), ("speech_start_ms", CallMs(c.SpeechStart)),
                    ("speech_end_ms", CallMs(c.SpeechEnd)), ("create_response", c.CreateResponse), ("deferred", c.Deferred)), CallMs(c.At));
                break;
            case BargeIn b:
                Write("media.barge_in", With(Instant(b.At), ("mode", Name(b.Mode)), ("triggered_ms", CallMs(b.TriggeredAt)),
                    ("speech_start_ms", CallMs(b.SpeechStart))), CallMs(b.At));
                break;
            case InactivityTimedOut t:
                Write("media.inactivity", With(Instant(t.At), ("since_ms", CallMs(t.Since)), ("action", t.Action == InactivityAction.HangUp ? "hang_up" : "prompt")), CallMs(t.At));
                break;
            case MaxDurationReached m:
                Write("media.max_duration", Instant(m.At), CallMs(m.At));
                break;
        }
    }

    public void Cue(AgentCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        switch (cue)
        {
            case ReplyScheduled r:
                Write("media.reply.scheduled", With(Instant(r.At), ("playback", r.PlaybackId), ("clip", r.ClipId), ("turn", r.TurnIndex),
                    ("dtmf", r.Dtmf), ("start_ms", CallMs(r.StartAt)), ("rule", r.Rule)), CallMs(r.At));
                break;
            case ReplySuppressed r:
                Write("media.reply.suppressed", With(Instant(r.At), ("turn", r.TurnIndex), ("dtmf", r.Dtmf), ("reason", r.Reason.ToString()), ("detail", r.Detail)), CallMs(r.At));
                break;
            case PlaybackStarted p:
                Write("media.clip.start", With(Instant(p.At), ("playback", p.PlaybackId), ("clip", p.ClipId), ("purpose", Name(p.Purpose)),
                    ("turn", p.TurnIndex), ("ordinal", p.Ordinal), ("interruptible", p.Interruptible),
                    ("duration_samples", p.DurationSamples), ("duration_ms", p.DurationSamples * 1000.0 / p.At.SampleRate), ("transcript", p.Transcript)), CallMs(p.At));
                break;
            case PlaybackFinished p:
                Write("media.clip.finish", With(Instant(p.At), ("playback", p.PlaybackId), ("clip", p.ClipId), ("purpose", Name(p.Purpose))), CallMs(p.At));
                break;
            case PlaybackCut p:
                Write("media.clip.cut", With(Instant(p.At), ("playback", p.PlaybackId), ("clip", p.ClipId), ("purpose", Name(p.Purpose)),
                    ("reason", Name(p.Reason)), ("sent_samples", p.SentSamples), ("sent_ms", p.SentSamples * 1000.0 / p.At.SampleRate),
                    ("played_samples", p.PlayedSamples), ("played_ms", p.PlayedMs)), CallMs(p.At));
                break;
            case ActivityChanged a:
                Write("media.activity", With(Instant(a.At), ("activity", a.Activity.ToString().ToLowerInvariant())), CallMs(a.At));
                break;
            case DtmfHandled d:
                Write("media.dtmf", With(Instant(d.At), ("digit", d.Digit), ("matched", d.Matched)), CallMs(d.At));
                break;
            case HangingUp h:
                Write("media.hangup", With(Instant(h.At), ("reason", h.Reason == HangUpReason.MaxDuration ? "max_duration" : "inactivity")), CallMs(h.At));
                break;
        }
    }

    public static string Name(SpeechDisposition disposition) => disposition switch
    {
        SpeechDisposition.Commit => "commit",
        SpeechDisposition.Backchannel => "backchannel",
        _ => "ignored",
    };

    public static string Name(BargeInMode mode) => mode switch
    {
        BargeInMode.Instant => "instant",
        BargeInMode.HoldAndConfirm => "hold_and_confirm",
        _ => "off",
    };

    public static string Name(PlaybackPurpose purpose) => purpose switch
    {
        PlaybackPurpose.Preroll => "preroll",
        PlaybackPurpose.Greeting => "greeting",
        PlaybackPurpose.Reply => "reply",
        PlaybackPurpose.CheckIn => "check_in",
        _ => "goodbye",
    };

    public static string Name(CutReason reason) => reason switch
    {
        CutReason.BargeIn => "barge_in",
        CutReason.CallEnded => "call_ended",
        _ => "detached",
    };

    /// <summary>The instant in call samples at the session's rate.</summary>
    private JsonObject Instant(MediaTime at) => new()
    {
        ["samples"] = (long)Math.Round(CallMs(at) * at.SampleRate / 1000.0),
        ["rate"] = at.SampleRate,
    };

    private static JsonObject With(JsonObject data, params (string Key, JsonNode? Value)[] fields)
    {
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        return data;
    }
}
