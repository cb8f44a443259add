using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Sdp;

public sealed class SdpOffererTests
{
    [Fact]
    public void CreateOffer_Default_OffersOpusPcmuPcmaAndTelephoneEvents()
    {
        var offer = SdpOfferer.CreateOffer(new OfferOptions(), TestLocal.Parameters());

        var audio = Assert.Single(offer.Media);
        Assert.Equal(["111", "0", "8", "110", "126"], audio.Formats);
        Assert.Equal("actpass", audio.GetAttribute("setup")?.Value);
        Assert.True(SdpMessage.TryParse(offer.ToString(), out _, out var errors), string.Join("\n", errors));
    }

    [Fact]
    public void OfferAnswer_OursBothWays_AgreeOnCodecAndRoles()
    {
        var offer = SdpOfferer.CreateOffer(new OfferOptions { Codecs = [AudioCodec.Pcmu] }, TestLocal.Parameters(40000));
        var (answer, answered) = SdpAnswerer.CreateAnswer(offer.ToString(), new AnswerOptions(), TestLocal.Parameters(40002));

        var applied = SdpOfferer.ApplyAnswer(offer, answer.ToString());

        Assert.Equal(AudioCodec.Pcmu, answered.Codec);
        Assert.Equal(AudioCodec.Pcmu, applied.Codec);
        Assert.Equal(126, applied.TelephoneEventPayloadType);
        Assert.Equal(DtlsRole.Server, answered.LocalDtlsRole);
        Assert.Equal(DtlsRole.Client, applied.LocalDtlsRole);
        Assert.True(applied.RemoteIceLite);
        Assert.Equal(40002, Assert.Single(applied.RemoteCandidates).Port);
    }

    [Theory]
    [InlineData("a=setup:passive", "a=setup:actpass", SdpNegotiationFailure.UnsupportedSetupRole)]
    [InlineData("a=rtpmap:0 PCMU/8000", "a=rtpmap:0 G729/8000", SdpNegotiationFailure.NoCommonCodec)]
    [InlineData("m=audio 40002 ", "m=audio 0 ", SdpNegotiationFailure.AudioRejected)]
    [InlineData("a=fingerprint:", "a=x-fingerprint:", SdpNegotiationFailure.MissingFingerprint)]
    public void ApplyAnswer_BadAnswer_FailsWithReason(string find, string replace, SdpNegotiationFailure failure)
    {
        var offer = SdpOfferer.CreateOffer(new OfferOptions { Codecs = [AudioCodec.Pcmu] }, TestLocal.Parameters(40000));
        var (answer, _) = SdpAnswerer.CreateAnswer(offer.ToString(), new AnswerOptions(), TestLocal.Parameters(40002));
        var text = answer.ToString();
        Assert.Contains(find, text, StringComparison.Ordinal);

        var e = Assert.Throws<SdpNegotiationException>(() => SdpOfferer.ApplyAnswer(offer, text.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(failure, e.Failure);
    }
}
