using System.Text;
using Conformance.Streams.Twilio;

namespace Conformance.Streams.Tests.Twilio;

/// <summary>Golden output per message: media-protocols.md §1.2–1.3 field order and types.</summary>
public class TwilioWriterTests
{
    private const string Sid = "MZ00000000000000000000000000000001";

    [Fact]
    public void Connected_Default_MatchesDocumentedShape() =>
        Assert.Equal("""{"event":"connected","protocol":"Call","version":"1.0.0"}""", Write(new TwilioConnected()));

    [Fact]
    public void Start_WithCustomParameters_CountersAreStringsAndFormatNumbersAreNumbers()
    {
        var start = new TwilioStart(1, Sid, "AC1", "CA1", ["inbound"], TwilioMediaFormat.Default,
            new Dictionary<string, string> { ["FirstName"] = "Jane", ["Quote\""] = "a\\b" });
        Assert.Equal(
            "{\"event\":\"start\",\"sequenceNumber\":\"1\",\"start\":{\"accountSid\":\"AC1\",\"streamSid\":\"" + Sid +
            "\",\"callSid\":\"CA1\",\"tracks\":[\"inbound\"],\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000,\"channels\":1}," +
            "\"customParameters\":{\"FirstName\":\"Jane\",\"Quote\\\"\":\"a\\\\b\"}},\"streamSid\":\"" + Sid + "\"}",
            Write(start));
    }

    [Fact]
    public void Media_FromProvider_MatchesDocumentedOrder() =>
        Assert.Equal(
            "{\"event\":\"media\",\"sequenceNumber\":\"4\",\"media\":{\"track\":\"inbound\",\"chunk\":\"2\",\"timestamp\":\"5\",\"payload\":\"/38A\"},\"streamSid\":\"" + Sid + "\"}",
            Write(new TwilioMedia(4, Sid, "inbound", 2, 5, new byte[] { 0xFF, 0x7F, 0x00 })));

    [Fact]
    public void Dtmf_FromProvider_StreamSidBeforeSequenceNumber() =>
        Assert.Equal(
            "{\"event\":\"dtmf\",\"streamSid\":\"" + Sid + "\",\"sequenceNumber\":\"5\",\"dtmf\":{\"track\":\"inbound_track\",\"digit\":\"1\"}}",
            Write(new TwilioDtmf(5, Sid, "inbound_track", "1")));

    [Fact]
    public void MarkEcho_FromProvider_MatchesDocumentedOrder() =>
        Assert.Equal(
            "{\"event\":\"mark\",\"sequenceNumber\":\"4\",\"streamSid\":\"" + Sid + "\",\"mark\":{\"name\":\"my label\"}}",
            Write(new TwilioMarkEcho(4, Sid, "my label")));

    [Fact]
    public void Stop_FromProvider_MatchesDocumentedOrder() =>
        Assert.Equal(
            "{\"event\":\"stop\",\"sequenceNumber\":\"5\",\"stop\":{\"accountSid\":\"AC1\",\"callSid\":\"CA1\"},\"streamSid\":\"" + Sid + "\"}",
            Write(new TwilioStop(5, Sid, "AC1", "CA1")));

    [Fact]
    public void OutboundMedia_160BytesOfSilence_Has216Base64Characters()
    {
        var silence = Enumerable.Repeat((byte)0xFF, 160).ToArray();
        var json = Write(new TwilioOutboundMedia(Sid, silence));
        Assert.StartsWith("{\"event\":\"media\",\"streamSid\":\"" + Sid + "\",\"media\":{\"payload\":\"", json, StringComparison.Ordinal);
        Assert.Equal(216, json.Split("\"payload\":\"")[1].TrimEnd('}', '"').Length);
    }

    [Fact]
    public void OutboundMarkAndClear_MatchDocumentedShape()
    {
        Assert.Equal("{\"event\":\"mark\",\"streamSid\":\"" + Sid + "\",\"mark\":{\"name\":\"resp-42:1840\"}}",
            Write(new TwilioOutboundMark(Sid, "resp-42:1840")));
        Assert.Equal("{\"event\":\"clear\",\"streamSid\":\"" + Sid + "\"}", Write(new TwilioClear(Sid)));
    }

    [Fact]
    public void TryWrite_DestinationTooSmall_ReturnsFalse()
    {
        var buffer = new byte[20];
        Assert.False(TwilioWriter.TryWrite(new TwilioClear(Sid), buffer, out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryWrite_ControlCharacterInMarkName_EscapedAsUnicode() =>
        Assert.Contains("\"name\":\"a\\u0001b\\n\"", Write(new TwilioOutboundMark(Sid, "a\u0001b\n")), StringComparison.Ordinal);

    private static string Write(TwilioProviderMessage m) => Encoding.UTF8.GetString(TwilioWriter.ToUtf8(m));

    private static string Write(TwilioAgentMessage m) => Encoding.UTF8.GetString(TwilioWriter.ToUtf8(m));
}
