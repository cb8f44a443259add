namespace Conformance.Rtc.Sdp;

/// <summary>What an offer proposes (e.g. PCMU only to test a G.711 path).</summary>
public sealed record OfferOptions
{
    /// <summary>Offered in this order; at least one.</summary>
    public IReadOnlyList<AudioCodec> Codecs { get; init; } = [AudioCodec.Opus, AudioCodec.Pcmu, AudioCodec.Pcma];

    /// <summary>Offer RFC 4733 telephone-event at each offered clock rate.</summary>
    public bool TelephoneEvent { get; init; } = true;

    public SdpDirection Direction { get; init; } = SdpDirection.SendRecv;
}
