using Conformance.Rtc.Sdp;
using Conformance.Rtc.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Rtc.Tests.Sdp;

public sealed class SdpMessageTests
{
    public static TheoryData<string> ChromiumOffers() => new(TestVectors.ChromiumOffers());

    [Theory]
    [MemberData(nameof(ChromiumOffers))]
    public void SdpMessage_ChromiumOffer_RoundTripsByteForByte(string file)
    {
        var text = TestVectors.Text("sdp", file);

        Assert.True(SdpMessage.TryParse(text, out var message, out var errors), string.Join("\n", errors));

        Assert.Equal(text, message.ToString());
    }

    [Theory]
    [MemberData(nameof(ChromiumOffers))]
    public void SdpMessage_ChromiumOffer_ExposesAudioSection(string file)
    {
        Assert.True(SdpMessage.TryParse(TestVectors.Text("sdp", file), out var message, out _));

        var audio = Assert.Single(message.Media, m => m.Media == "audio");
        Assert.Equal("0", audio.Mid);
        Assert.Equal("UDP/TLS/RTP/SAVPF", audio.Protocol);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.True(audio.HasAttribute("rtcp-mux"));
        Assert.Contains(audio.RtpMaps, m => m.EncodingName == "PCMU" && m.ClockRate == 8000 && m.PayloadType == 0);
    }

    [Fact]
    public void SdpMessage_LfLineEndings_ParseLikeCrlf()
    {
        var crlf = TestVectors.Text("sdp", "chromium156-audio.sdp");

        Assert.True(SdpMessage.TryParse(crlf.Replace("\r\n", "\n", StringComparison.Ordinal), out var message, out _));

        Assert.Equal(crlf, message.ToString());
    }

    [Theory]
    [InlineData("", 0, SdpErrorCode.Empty)]
    [InlineData("o=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\n", 1, SdpErrorCode.MissingVersion)]
    [InlineData("v=1\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\n", 1, SdpErrorCode.UnsupportedVersion)]
    [InlineData("v=0\no=- 1 IN IP4 0.0.0.0\ns=-\nt=0 0\n", 2, SdpErrorCode.MalformedOrigin)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio nine UDP/TLS/RTP/SAVPF 111\n", 5, SdpErrorCode.MalformedMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio 9 UDP/TLS/RTP/SAVPF\n", 5, SdpErrorCode.MalformedMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio 99999 RTP/AVP 0\n", 5, SdpErrorCode.MalformedMedia)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nx=what\n", 5, SdpErrorCode.UnknownLineType)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\na rtcp-mux\n", 5, SdpErrorCode.MalformedLine)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nc=IN IP4\n", 5, SdpErrorCode.MalformedConnection)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio 9 RTP/AVP 0\nt=0 0\n", 6, SdpErrorCode.LineOutOfPlace)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\n", 0, SdpErrorCode.MissingTiming)]
    [InlineData("v=0\no=- 1 1 IN IP4 0.0.0.0\nt=0 0\n", 0, SdpErrorCode.MissingSessionName)]
    public void SdpMessage_Malformed_ReportsCodeAndLine(string text, int line, SdpErrorCode code)
    {
        Assert.False(SdpMessage.TryParse(text, out _, out var errors));

        Assert.Contains(errors, e => e.Code == code && e.Line == line);
    }

    [Fact]
    public void SdpMessage_SeveralProblems_AreAllReported()
    {
        var text = "v=0\no=- 1 IN IP4 0.0.0.0\ns=-\nt=0 0\nm=audio x RTP/AVP 0\nq=1\n";

        Assert.False(SdpMessage.TryParse(text, out _, out var errors));

        Assert.Equal([2, 5, 6], errors.Select(e => e.Line).Order().ToArray());
    }

    [Fact]
    public void SdpMessage_TooLarge_IsRejectedWithoutParsing()
    {
        var text = "v=0\n" + new string('a', SdpMessage.MaxLength);

        Assert.False(SdpMessage.TryParse(text, out _, out var errors));
        Assert.Equal(SdpErrorCode.TooLarge, Assert.Single(errors).Code);
    }

    [Fact]
    public void SdpMessage_MutatedChromiumOffers_NeverThrow()
    {
        var offers = TestVectors.ChromiumOffers().Select(f => TestVectors.Text("sdp", f).Split("\r\n")).ToArray();
        var gen =
            from offer in Gen.Elements(offers)
            from op in Gen.Choose(0, 4)
            from index in Gen.Choose(0, 200)
            from noise in ArbMap.Default.GeneratorFor<string>()
            select Mutate(offer, op, index, noise ?? "");

        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            if (SdpMessage.TryParse(text, out var message, out var errors))
            {
                Assert.Empty(errors);
                Assert.True(SdpMessage.TryParse(message.ToString(), out var again, out _));
                Assert.Equal(message.ToString(), again.ToString());
            }
            else
            {
                Assert.NotEmpty(errors);
            }
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Deletes, duplicates, truncates or corrupts one line, or inserts noise.</summary>
    internal static string Mutate(string[] lines, int op, int index, string noise)
    {
        var list = lines.ToList();
        var i = index % Math.Max(1, list.Count);
        switch (op)
        {
            case 0:
                list.RemoveAt(i);
                break;
            case 1:
                list.Insert(i, list[i]);
                break;
            case 2:
                list[i] = list[i][..(list[i].Length / 2)];
                break;
            case 3:
                list[i] = noise;
                break;
            default:
                list.Insert(i, noise.Replace("\n", "", StringComparison.Ordinal));
                break;
        }

        return string.Join("\r\n", list);
    }
}
