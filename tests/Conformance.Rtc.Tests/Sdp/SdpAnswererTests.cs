using System.Text.RegularExpressions;
using Conformance.Rtc.Dtls;
using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;

namespace Conformance.Rtc.Tests.Sdp;

public sealed class SdpAnswererTests
{
    private static readonly AnswerOptions s_defaults = new();

    [Fact]
    public void CreateAnswer_ChromiumOpusOffer_ChoosesOpusWithOffersPayloadTypes()
    {
        var (answer, negotiated) = SdpAnswerer.CreateAnswer(TestVectors.Text("sdp", "chromium156-audio.sdp"), s_defaults, TestLocal.Parameters());

        Assert.Equal(AudioCodec.Opus, negotiated.Codec);
        Assert.Equal(111, negotiated.PayloadType);
        Assert.Equal(110, negotiated.TelephoneEventPayloadType);
        Assert.Equal(48000, negotiated.PcmSampleRate);
        Assert.Equal(960, negotiated.SamplesPerFrame);
        Assert.Equal(DtlsRole.Server, negotiated.LocalDtlsRole);
        Assert.Equal(SdpDirection.SendRecv, negotiated.Direction);
        Assert.Equal("sha-256", negotiated.RemoteFingerprint.Algorithm);
        Assert.NotEmpty(negotiated.RemoteCandidates);

        var audio = Assert.Single(answer.Media);
        Assert.Equal(["111", "110"], audio.Formats);
        Assert.Equal(40000, audio.Port);
        Assert.Equal("passive", audio.GetAttribute("setup")?.Value);
        Assert.True(audio.HasAttribute("rtcp-mux"));
        Assert.True(audio.HasAttribute("end-of-candidates"));
        Assert.Equal("1 1 udp 2130706431 127.0.0.1 40000 typ host", audio.GetAttribute("candidate")?.Value);
        Assert.NotNull(answer.GetAttribute("ice-lite"));
        Assert.Equal("BUNDLE 0", answer.GetAttribute("group")?.Value);
    }

    [Theory]
    [InlineData("chromium156-pcmu.sdp", null)]
    [InlineData("chromium156-pcmu-dtmf.sdp", 126)]
    public void CreateAnswer_ChromiumPcmuOnlyOffer_ChoosesPcmu(string file, int? telephoneEvent)
    {
        var (answer, negotiated) = SdpAnswerer.CreateAnswer(TestVectors.Text("sdp", file), s_defaults, TestLocal.Parameters());

        Assert.Equal(AudioCodec.Pcmu, negotiated.Codec);
        Assert.Equal(0, negotiated.PayloadType);
        Assert.Equal(8000, negotiated.PcmSampleRate);
        Assert.Equal(160, negotiated.SamplesPerFrame);
        Assert.Equal(telephoneEvent, negotiated.TelephoneEventPayloadType);
        Assert.Contains("a=rtpmap:0 PCMU/8000", answer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CreateAnswer_PreferenceForPcma_IsHonoured()
    {
        var options = new AnswerOptions { CodecPreference = [AudioCodec.Pcma, AudioCodec.Opus] };

        var (_, negotiated) = SdpAnswerer.CreateAnswer(TestVectors.Text("sdp", "chromium156-audio.sdp"), options, TestLocal.Parameters());

        Assert.Equal(AudioCodec.Pcma, negotiated.Codec);
        Assert.Equal(8, negotiated.PayloadType);
        Assert.Equal(126, negotiated.TelephoneEventPayloadType);
    }

    [Theory]
    [InlineData("chromium156-datachannel.sdp", "application")]
    [InlineData("chromium156-video.sdp", "video")]
    public void CreateAnswer_ExtraSections_AreRejectedWithPortZero(string file, string kind)
    {
        var (answer, negotiated) = SdpAnswerer.CreateAnswer(TestVectors.Text("sdp", file), s_defaults, TestLocal.Parameters());

        Assert.Equal(2, answer.Media.Count);
        var rejected = answer.Media[1];
        Assert.Equal(kind, rejected.Media);
        Assert.Equal(0, rejected.Port);
        Assert.Equal("1", rejected.Mid);
        Assert.Equal(["0"], negotiated.AcceptedMids);
        Assert.Equal("BUNDLE 0", answer.GetAttribute("group")?.Value);
    }

    [Fact]
    public void CreateAnswer_Answer_ParsesBackAndRoundTrips()
    {
        var (answer, _) = SdpAnswerer.CreateAnswer(TestVectors.Text("sdp", "chromium156-datachannel.sdp"), s_defaults, TestLocal.Parameters());
        var text = answer.ToString();

        Assert.True(SdpMessage.TryParse(text, out var parsed, out var errors), string.Join("\n", errors));
        Assert.Equal(text, parsed.ToString());
    }

    [Fact]
    public void CreateAnswer_OfferWithSetupPassive_AnswersActiveAsDtlsClient()
    {
        var offer = TestVectors.Text("sdp", "chromium156-audio.sdp").Replace("a=setup:actpass", "a=setup:passive", StringComparison.Ordinal);

        var (answer, negotiated) = SdpAnswerer.CreateAnswer(offer, s_defaults, TestLocal.Parameters());

        Assert.Equal(DtlsRole.Client, negotiated.LocalDtlsRole);
        Assert.Equal("active", answer.Media[0].GetAttribute("setup")?.Value);
    }

    [Fact]
    public void CreateAnswer_SendOnlyOffer_AnswersRecvOnlyWithoutSsrc()
    {
        var offer = TestVectors.Text("sdp", "chromium156-audio.sdp").Replace("a=sendrecv", "a=sendonly", StringComparison.Ordinal);

        var (answer, negotiated) = SdpAnswerer.CreateAnswer(offer, s_defaults, TestLocal.Parameters());

        Assert.Equal(SdpDirection.RecvOnly, negotiated.Direction);
        Assert.True(answer.Media[0].HasAttribute("recvonly"));
        Assert.False(answer.Media[0].HasAttribute("ssrc"));
    }

    /// <summary>Regex edits of Chromium's PCMU-only offer (lines: 8 m=audio, 19 ufrag, 22 fingerprint, 23 setup).</summary>
    public static TheoryData<string, string, SdpNegotiationFailure, int> Failures() => new()
    {
        { "a=rtpmap:0 PCMU/8000", "a=rtpmap:0 G729/8000", SdpNegotiationFailure.NoCommonCodec, 8 },
        { "(m=audio \\d+ UDP/TLS/RTP/SAVPF) 0", "$1 9", SdpNegotiationFailure.NoCommonCodec, 8 },
        { "m=audio \\d+ ", "m=audio 0 ", SdpNegotiationFailure.AudioRejected, 8 },
        { "m=audio ", "m=video ", SdpNegotiationFailure.NoAudioMedia, 0 },
        { "UDP/TLS/RTP/SAVPF", "RTP/AVP", SdpNegotiationFailure.UnsupportedTransport, 8 },
        { "a=ice-pwd:", "a=x-ice-pwd:", SdpNegotiationFailure.MissingIceCredentials, 8 },
        { "a=ice-ufrag:\\S+", "a=ice-ufrag:H+D", SdpNegotiationFailure.InvalidIceCredentials, 19 },
        { "a=fingerprint:", "a=x-fingerprint:", SdpNegotiationFailure.MissingFingerprint, 8 },
        { "(a=fingerprint:sha-256 [0-9A-F:]+):[0-9A-F]{2}", "$1", SdpNegotiationFailure.MissingFingerprint, 22 },
        { "a=fingerprint:sha-256 ([0-9A-F]{2}(:[0-9A-F]{2}){15})[0-9A-F:]*", "a=fingerprint:md5 $1", SdpNegotiationFailure.UnsupportedFingerprintAlgorithm, 22 },
        { "a=setup:actpass", "a=setup:holdconn", SdpNegotiationFailure.UnsupportedSetupRole, 23 },
        { "a=rtcp-mux\r\n", "", SdpNegotiationFailure.RtcpMuxRequired, 8 },
        { "(m=audio \\d+ UDP/TLS/RTP/SAVPF) 0", "$1", SdpNegotiationFailure.MalformedSdp, 8 },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void CreateAnswer_UnanswerableOffer_FailsWithReasonAndLine(string pattern, string replacement, SdpNegotiationFailure failure, int line)
    {
        var offer = TestVectors.Text("sdp", "chromium156-pcmu.sdp");
        var edited = Regex.Replace(offer, pattern, replacement);
        Assert.NotEqual(offer, edited);

        var e = Assert.Throws<SdpNegotiationException>(() => SdpAnswerer.CreateAnswer(edited, s_defaults, TestLocal.Parameters()));

        Assert.Equal(failure, e.Failure);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void CreateAnswer_MutatedChromiumOffers_FailOnlyWithNegotiationErrors()
    {
        var offers = TestVectors.ChromiumOffers().Select(f => TestVectors.Text("sdp", f).Split("\r\n")).ToArray();
        var random = new Random(8866);
        var outcomes = new Dictionary<string, int>();
        for (var i = 0; i < 3000; i++)
        {
            var offer = SdpMessageTests.Mutate(offers[random.Next(offers.Length)], random.Next(5), random.Next(200), RandomNoise(random));
            string outcome;
            try
            {
                var (answer, _) = SdpAnswerer.CreateAnswer(offer, s_defaults, TestLocal.Parameters());
                Assert.True(SdpMessage.TryParse(answer.ToString(), out _, out _));
                outcome = "answered";
            }
            catch (SdpNegotiationException e)
            {
                outcome = e.Failure.ToString();
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.GetValueOrDefault("answered") > 100, string.Join(", ", outcomes));
        Assert.True(outcomes.Count > 4, string.Join(", ", outcomes));
    }

    private static string RandomNoise(Random random)
    {
        string[] pieces = ["a=", "m=audio 1 RTP/AVP 0", "a=setup:", "a=fingerprint:sha-256 00", "c=IN", "\u00e9", "=", "a=rtpmap:0 PCMU/0", "t=", " "];
        return string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
