namespace Conformance.Rtc.Sdp;

/// <summary>How the answerer chooses among what an offer proposes.</summary>
public sealed record AnswerOptions
{
    /// <summary>Most preferred first; the offer's payload type numbers are kept (RFC 3264 §6.1).</summary>
    public IReadOnlyList<AudioCodec> CodecPreference { get; init; } = [AudioCodec.Opus, AudioCodec.Pcmu, AudioCodec.Pcma];

    /// <summary>Accept RFC 4733 telephone-event at the chosen codec's clock rate when offered.</summary>
    public bool AcceptTelephoneEvent { get; init; } = true;
}
