using System.Globalization;
using System.Text.Json.Nodes;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.Emulator.Events;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// Everruns session events for a voice call (vendors.md §1.7; RUN-051), published on the
/// session's SSE stream through the REST layer: <c>voice.output_transcript.delta</c> per word as
/// the agent's audio reaches it (phase <c>assistant_partial</c>), <c>.completed</c> with the whole
/// clip text (<c>assistant_final</c>), and <c>voice.output.interrupted</c> on a barge-in cut with the
/// heard and unspoken text and the played position. Input transcripts are not sent: the caller's
/// words are unknown to a scripted model. (<c>voice.session.started/ended</c> are the REST layer's.)
/// </summary>
public sealed class EverrunsStatus : ICallObserver
{
    private readonly ICallControl _control;
    private readonly CallRecord _call;
    private readonly Dictionary<int, SpokenTranscript> _speaking = [];

    public EverrunsStatus(ICallControl control, CallRecord call)
    {
        _control = control ?? throw new ArgumentNullException(nameof(control));
        _call = call ?? throw new ArgumentNullException(nameof(call));
    }

    public ValueTask MediaUpAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask TurnEventAsync(TurnEvent turnEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask CueAsync(AgentCue cue, CancellationToken cancellationToken)
    {
        switch (cue)
        {
            case PlaybackStarted p:
                var transcript = new SpokenTranscript(p.PlaybackId, p.Ordinal, p.Transcript, p.DurationSamples);
                _speaking[p.PlaybackId] = transcript;
                Deltas(transcript, 0);
                break;
            case PlaybackFinished p when _speaking.Remove(p.PlaybackId, out var done):
                Publish(SessionEventTypes.VoiceOutputTranscriptCompleted, done, new JsonObject
                {
                    ["accumulated"] = done.Text,
                    ["phase"] = "assistant_final",
                });
                break;
            case PlaybackCut p when _speaking.Remove(p.PlaybackId, out var cut):
                if (p.Reason == CutReason.BargeIn)
                {
                    Publish(SessionEventTypes.VoiceOutputInterrupted, cut, new JsonObject
                    {
                        ["heard_text"] = cut.HeardText(p.PlayedSamples),
                        ["unspoken_text"] = cut.UnspokenText(p.PlayedSamples),
                        ["played_ms"] = p.PlayedMs,
                        ["policy"] = "steer",
                    });
                }

                break;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AgentAudioAsync(AgentOutput output, CancellationToken cancellationToken)
    {
        if (_speaking.TryGetValue(output.PlaybackId, out var transcript))
        {
            Deltas(transcript, output.Offset + output.Count);
        }

        return ValueTask.CompletedTask;
    }

    private void Deltas(SpokenTranscript transcript, long position)
    {
        foreach (var delta in transcript.Advance(position))
        {
            Publish(SessionEventTypes.VoiceOutputTranscriptDelta, transcript, new JsonObject
            {
                ["delta"] = delta,
                ["accumulated"] = transcript.Accumulated,
                ["phase"] = "assistant_partial",
            });
        }
    }

    private void Publish(string type, SpokenTranscript transcript, JsonObject data)
    {
        data["item_id"] = string.Create(CultureInfo.InvariantCulture, $"item_{transcript.PlaybackId:D4}");
        data["response_id"] = string.Create(CultureInfo.InvariantCulture, $"resp_{transcript.PlaybackId:D4}");
        _control.Publish(_call, type, data);
    }
}
