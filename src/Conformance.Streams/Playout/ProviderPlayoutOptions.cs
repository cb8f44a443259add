namespace Conformance.Streams.Playout;

/// <summary>How a provider's outbound buffer behaves (media-protocols.md §1.4, §2.3, §3.3).</summary>
public sealed record ProviderPlayoutOptions
{
    /// <summary>Twilio: clear echoes pending marks; buffer ≈ 10 minutes.</summary>
    public static ProviderPlayoutOptions Twilio { get; } = new() { MaxQueuedMs = 10 * 60 * 1000 };

    /// <summary>Telnyx: clear echoes queued marks, as Twilio does.</summary>
    public static ProviderPlayoutOptions Telnyx { get; } = new() { MaxQueuedMs = 10 * 60 * 1000 };

    /// <summary>Plivo: playback queue ≈ 60 s; checkpoint acks after clearAudio are a setting (default: none, as Vobiz documents).</summary>
    public static ProviderPlayoutOptions Plivo { get; } = new() { MaxQueuedMs = 60 * 1000, PendingMarksOnClear = PendingMarksOnClear.Discard };

    /// <summary>Generic mode: no marks; the client's buffer is whatever it is (60 s here).</summary>
    public static ProviderPlayoutOptions Generic { get; } = new() { MaxQueuedMs = 60 * 1000 };

    public PendingMarksOnClear PendingMarksOnClear { get; init; } = PendingMarksOnClear.Echo;

    /// <summary>Audio queued beyond this is discarded on arrival.</summary>
    public int MaxQueuedMs { get; init; } = 10 * 60 * 1000;

    /// <summary>
    /// A jitter buffer: when audio arrives at an idle queue, playout starts once this much is
    /// queued or this much playout time has passed, whichever is first. 0 (the default; no
    /// provider documents one) plays from the next step.
    /// </summary>
    public int PrebufferMs { get; init; }
}
