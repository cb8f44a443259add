using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.Emulator.Calls.Legs;
using Conformance.Streams.Generic;

namespace Conformance.Emulator.Calls.Status;

/// <summary>
/// Omnia / Ultravox data messages on the generic socket (vendors.md §2.5; RUN-050): <c>state</c>
/// (listening → thinking → speaking, TURN-067; <c>listening</c> once when media is up), and the
/// agent's <c>transcript</c> from the clip's known text — <c>text</c> with the first word, a
/// <c>delta</c> per word as the audio reaches it, then <c>text</c> + <c>final</c> with the whole
/// text, or with the words heard when the clip is cut. The caller's words are unknown: no user
/// transcript is sent.
/// </summary>
public sealed class GenericStatus : ICallObserver
{
    private readonly CallLeg _leg;
    private readonly Dictionary<int, SpokenTranscript> _speaking = [];

    public GenericStatus(CallLeg leg)
    {
        _leg = leg ?? throw new ArgumentNullException(nameof(leg));
    }

    public ValueTask MediaUpAsync(CancellationToken cancellationToken) =>
        _leg.SendControlAsync(new GenericState(GenericAgentState.Listening), cancellationToken);

    public ValueTask TurnEventAsync(TurnEvent turnEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask CueAsync(AgentCue cue, CancellationToken cancellationToken)
    {
        switch (cue)
        {
            case ActivityChanged a:
                await _leg.SendControlAsync(new GenericState(a.Activity switch
                {
                    AgentActivity.Thinking => GenericAgentState.Thinking,
                    AgentActivity.Speaking => GenericAgentState.Speaking,
                    _ => GenericAgentState.Listening,
                }), cancellationToken).ConfigureAwait(false);
                break;
            case PlaybackStarted p:
                var transcript = new SpokenTranscript(p.PlaybackId, p.Ordinal, p.Transcript, p.DurationSamples);
                _speaking[p.PlaybackId] = transcript;
                await _leg.SendControlAsync(GenericTranscript.Replace(TranscriptRole.Agent, p.Ordinal, string.Concat(transcript.Advance(0)), final: false), cancellationToken).ConfigureAwait(false);
                break;
            case PlaybackFinished p when _speaking.Remove(p.PlaybackId, out var done):
                await _leg.SendControlAsync(GenericTranscript.Replace(TranscriptRole.Agent, done.Ordinal, done.Text, final: true), cancellationToken).ConfigureAwait(false);
                break;
            case PlaybackCut p when _speaking.Remove(p.PlaybackId, out var cut):
                await _leg.SendControlAsync(GenericTranscript.Replace(TranscriptRole.Agent, cut.Ordinal, cut.HeardText(p.PlayedSamples), final: true), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    public async ValueTask AgentAudioAsync(AgentOutput output, CancellationToken cancellationToken)
    {
        if (!_speaking.TryGetValue(output.PlaybackId, out var transcript))
        {
            return;
        }

        foreach (var delta in transcript.Advance(output.Offset + output.Count))
        {
            await _leg.SendControlAsync(GenericTranscript.Append(TranscriptRole.Agent, transcript.Ordinal, delta), cancellationToken).ConfigureAwait(false);
        }
    }
}
