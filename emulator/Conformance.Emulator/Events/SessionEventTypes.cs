namespace Conformance.Emulator.Events;

/// <summary>
/// The event types the emulator's session streams carry, and so the only values the SSE
/// <c>types</c>/<c>exclude</c> filters accept (unknown types → 400, as Everruns documents).
/// </summary>
public static class SessionEventTypes
{
    public const string VoiceSessionStarted = "voice.session.started";
    public const string VoiceSessionEnded = "voice.session.ended";
    public const string VoiceSessionFailed = "voice.session.failed";
    public const string VoiceInputTranscriptDelta = "voice.input_transcript.delta";
    public const string VoiceInputTranscriptCompleted = "voice.input_transcript.completed";
    public const string VoiceOutputTranscriptDelta = "voice.output_transcript.delta";
    public const string VoiceOutputTranscriptCompleted = "voice.output_transcript.completed";
    public const string VoiceOutputInterrupted = "voice.output.interrupted";
    public const string InputMessage = "input.message";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        VoiceSessionStarted, VoiceSessionEnded, VoiceSessionFailed,
        VoiceInputTranscriptDelta, VoiceInputTranscriptCompleted,
        VoiceOutputTranscriptDelta, VoiceOutputTranscriptCompleted,
        VoiceOutputInterrupted, InputMessage,
    };
}
