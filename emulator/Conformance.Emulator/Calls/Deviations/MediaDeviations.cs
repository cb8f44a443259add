using Conformance.Emulator.Deviations;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Calls.Deviations;

/// <summary>
/// The call runtime's deliberate rule breaks (specs/runtime.md §7, RUN-070…), registered with the
/// REST layer's <see cref="DeviationRegistry"/> at start-up. Each takes an optional <c>call</c>
/// parameter (any id of one call) to limit it to that call; the registry's surface/tenant scope
/// applies as well. A call reads the active set when its media starts (WebRTC codec choice: when
/// the offer is answered) and journals every one it applies as <c>media.deviation.active</c>.
/// </summary>
public static class MediaDeviations
{
    public const string ReplyLate = "media.reply_late";
    public const string IgnoreBargeIn = "media.ignore_barge_in";
    public const string BargeOnBackchannel = "media.barge_on_backchannel";
    public const string NoClear = "media.no_clear";
    public const string MarksEarly = "media.marks_early";
    public const string WrongCodec = "media.wrong_codec";
    public const string WrongSampleRate = "media.wrong_sample_rate";
    public const string MuLawAsALaw = "media.mulaw_as_alaw";
    public const string GreetWhenUserFirst = "media.greet_when_user_first";
    public const string IgnoreUninterruptible = "media.ignore_uninterruptible";
    public const string NoInactivityPrompt = "media.no_inactivity_prompt";
    public const string IgnoreMicGuard = "media.ignore_mic_guard";
    public const string CommitShortSpeech = "media.commit_short_speech";
    public const string LeakAfterCut = "media.leak_after_cut";
    public const string TruncateUnchecked = "media.truncate_unchecked";

    public const string CallParameter = "call";

    private static readonly DeviationParameter s_call = new(CallParameter, "string", false, "limit to one call (any of its ids)");

    private static readonly Surface[] s_webRtc = [Surface.Everruns, Surface.OpenAI];

    public static IReadOnlyList<DeviationDescriptor> All { get; } =
    [
        Media(ReplyLate, "Replies start N ms later than silenceThresholdMs + think latency after speech end.",
            [new("ms", "integer", true, "extra delay in ms, e.g. 400")], ["TURN-060"]),
        Media(IgnoreBargeIn, "Caller speech during agent audio never cuts it (the speech still commits; the reply queues behind).",
            [], ["TURN-020", "TURN-021"]),
        Media(BargeOnBackchannel, "Barge-in cuts on the first voiced frame even in hold-and-confirm mode, so a short continuer (\"yes\") cuts the agent.",
            [], ["TURN-021"]),
        Media(NoClear, "On barge-in the agent audio stops but no clear / clearAudio / playback_clear_buffer is sent.",
            [], ["TURN-023", "RUN-031"]),
        Media(MarksEarly, "Each mark is sent before the audio it should follow, so echoes arrive before playback and the played position is overstated.",
            [], ["TURN-024", "MARK-002", "RUN-032"]),
        new(WrongCodec, DeviationLayer.Media,
            "The SDP answer picks this codec when the offer has it, whatever the emulator's preference (e.g. PCMA when PCMU was offered first); 'unoffered' answers a codec the offer lacks.",
            [new("codec", "string", true, "pcma | pcmu | opus | unoffered"), s_call], s_webRtc) { Breaks = ["RUN-052"] },
        Media(WrongSampleRate, "Generic WebSocket output audio is sent at this rate instead of the negotiated outputSampleRate.",
            [new("rate", "integer", true, "8000 | 16000 | 24000 | 48000")], ["GEN-001", "RUN-033"]),
        Media(MuLawAsALaw, "G.711 legs get the other law: A-law bytes on a µ-law stream (and µ-law on an A-law one).",
            [], ["MS-008", "RUN-033"]),
        Media(GreetWhenUserFirst, "The greeting plays even when firstSpeaker is user.",
            [], ["TURN-061"]),
        Media(IgnoreUninterruptible, "interruptible:false is ignored: the first agent message can be barged into.",
            [], ["TURN-025"]),
        Media(NoInactivityPrompt, "The inactivity timeout never fires (no check-in, no goodbye).",
            [], ["TURN-050", "TURN-051"]),
        Media(IgnoreMicGuard, "The post-audio mic guard is off whatever micGuardMs says.",
            [], ["TURN-030"]),
        Media(CommitShortSpeech, "Speech shorter than responseMinSpeechMs commits a turn (backchannels get replies).",
            [], ["TURN-013"]),
        Media(LeakAfterCut, "After a barge-in cut the cut clip keeps going out for N ms (after the clear, if one is sent).",
            [new("ms", "integer", true, "audio leaked after the cut, e.g. 200")], ["TURN-023", "RUN-031"]),
        new(TruncateUnchecked, DeviationLayer.Media,
            "The realtime sideband accepts conversation.item.truncate with audio_end_ms beyond the audio generated (no error).",
            [s_call], [Surface.OpenAI, Surface.Everruns]) { Breaks = ["RUN-063"] },
    ];

    private static DeviationDescriptor Media(string name, string description, DeviationParameter[] parameters, string[] breaks) =>
        new(name, DeviationLayer.Media, description, [.. parameters, s_call], []) { Breaks = breaks };
}
