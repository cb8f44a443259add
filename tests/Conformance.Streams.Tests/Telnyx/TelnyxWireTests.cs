using System.Text;
using Conformance.Audio;
using Conformance.Streams.Telnyx;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Telnyx;

/// <summary>Golden output, documented samples, malformed corpus and round-trips (media-protocols.md §2).</summary>
public class TelnyxWireTests
{
    private const string Id = "32DE0DEA-53CB-4B21-89A4-9E1819C043BC";

    [Fact]
    public void Write_ProviderMessages_MatchDocumentedShapes()
    {
        Assert.Equal("""{"event":"connected","version":"1.0.0"}""", Write(new TelnyxConnected()));
        Assert.Equal(
            "{\"event\":\"start\",\"sequence_number\":\"1\",\"start\":{\"user_id\":\"U\",\"call_control_id\":\"v2:T\",\"call_session_id\":\"S\",\"from\":\"+1\",\"to\":\"+2\",\"tags\":[\"TAG1\",\"TAG2\"],\"client_state\":\"cs\",\"media_format\":{\"encoding\":\"PCMU\",\"sample_rate\":8000,\"channels\":1}},\"stream_id\":\"" + Id + "\"}",
            Write(new TelnyxStart(1, Id, "v2:T", new TelnyxMediaFormat(), "U", "S", "+1", "+2", ["TAG1", "TAG2"], "cs")));
        Assert.Equal(
            "{\"event\":\"media\",\"sequence_number\":\"4\",\"media\":{\"track\":\"inbound\",\"chunk\":\"2\",\"timestamp\":\"5\",\"payload\":\"AAE=\"},\"stream_id\":\"" + Id + "\"}",
            Write(new TelnyxMedia(4, Id, "inbound", 2, 5, new byte[] { 0, 1 })));
        Assert.Equal(
            "{\"event\":\"dtmf\",\"stream_id\":\"" + Id + "\",\"occurred_at\":\"2025-06-05T08:54:19.698408Z\",\"sequence_number\":\"5\",\"dtmf\":{\"digit\":\"1\"}}",
            Write(new TelnyxDtmf(5, Id, "1", "2025-06-05T08:54:19.698408Z")));
        Assert.Equal("{\"event\":\"mark\",\"stream_id\":\"" + Id + "\",\"sequence_number\":\"5\",\"mark\":{\"name\":\"some_mark_name\"}}",
            Write(new TelnyxMarkEcho(5, Id, "some_mark_name")));
        Assert.Equal("{\"event\":\"error\",\"payload\":{\"code\":100003,\"title\":\"malformed_frame\",\"detail\":\"x\"},\"stream_id\":\"" + Id + "\"}",
            Write(new TelnyxError(Id, 100003, "malformed_frame", "x")));
        Assert.Equal("{\"event\":\"stop\",\"sequence_number\":\"5\",\"stop\":{\"user_id\":\"U\",\"call_control_id\":\"v2:T\"},\"stream_id\":\"" + Id + "\"}",
            Write(new TelnyxStop(5, Id, "v2:T", "U")));
    }

    [Fact]
    public void Write_AgentMessages_MatchDocumentedShapesWithoutStreamId()
    {
        Assert.Equal("""{"event":"media","media":{"payload":"/w=="}}""", Write(new TelnyxOutboundMedia(new byte[] { 0xFF })));
        Assert.Equal("""{"event":"clear"}""", Write(new TelnyxClear()));
        Assert.Equal("""{"event":"mark","mark":{"name":"some_mark_name"}}""", Write(new TelnyxOutboundMark("some_mark_name")));
        Assert.Equal("""{"event":"clear","stream_id":"X"}""", Write(new TelnyxClear("X")));
    }

    [Fact]
    public void ParseProvider_DocumentedStartSample_ReadsFormat()
    {
        const string json = """
            {
              "event": "start",
              "sequence_number": "1",
              "start": {
                "user_id": "3E6F995F-85F7-4705-9741-53B116D28237",
                "call_control_id": "v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ",
                "call_session_id": "ff55a038-6f5d-11ef-9692-02420aeffb1f",
                "from": "+13122010094",
                "to": "+13122123456",
                "tags": ["TAG1", "TAG2"],
                "client_state": "aGF2ZSBhIG5pY2UgZGF5ID1d",
                "media_format": { "encoding": "PCMU", "sample_rate": 8000, "channels": 1 }
              },
              "stream_id": "32DE0DEA-53CB-4B21-89A4-9E1819C043BC"
            }
            """;
        var result = TelnyxParser.ParseProviderMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        var start = Assert.IsType<TelnyxStart>(result.Message);
        Assert.Empty(result.Violations);
        Assert.Equal(StreamAudioFormat.MuLaw8k, start.MediaFormat.ToAudioFormat());
        Assert.Equal(["TAG1", "TAG2"], start.Tags);
    }

    [Theory]
    [InlineData("L16", 16000, AudioEncoding.Pcm16, PcmByteOrder.BigEndian)]
    [InlineData("PCMA", 8000, AudioEncoding.ALaw, PcmByteOrder.LittleEndian)]
    public void MediaFormat_SupportedCodec_MapsToAudioFormat(string encoding, int rate, AudioEncoding expected, PcmByteOrder order)
    {
        var format = new TelnyxMediaFormat(encoding, rate).ToAudioFormat()!;
        Assert.Equal((expected, rate, order), (format.Encoding, format.SampleRate, format.ByteOrder));
    }

    [Theory]
    [InlineData("OPUS", 16000)]
    [InlineData("G722", 8000)]
    [InlineData("PCMU", 16000)]
    [InlineData("L16", 22050)]
    public void ParseProvider_UnsupportedFormat_Rejected(string encoding, int rate)
    {
        var json = $$$"""{"event":"start","sequence_number":"1","start":{"call_control_id":"c","media_format":{"encoding":"{{{encoding}}}","sample_rate":{{{rate}}},"channels":1}},"stream_id":"s"}""";
        var error = TelnyxParser.ParseProviderMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json)).Error!;
        Assert.Equal((StreamViolationCode.InvalidValue, "$.start.media_format.encoding"), (error.Code, error.Location));
    }

    [Theory]
    [InlineData("""{"event":"media","media":{"payload":"%%%%"}}""", StreamViolationCode.InvalidBase64, TelnyxErrorCodes.InvalidMedia)]
    [InlineData("""{"event":"stop"}""", StreamViolationCode.UnknownEvent, TelnyxErrorCodes.MalformedFrame)]
    [InlineData("""{"event":"mark","mark":{"name":1}}""", StreamViolationCode.WrongType, TelnyxErrorCodes.MalformedFrame)]
    [InlineData("""{"event":"media"}""", StreamViolationCode.MissingField, TelnyxErrorCodes.MalformedFrame)]
    [InlineData("""{"event":"clear" """, StreamViolationCode.MalformedJson, TelnyxErrorCodes.MalformedFrame)]
    public void ParseAgent_Malformed_MapsToTelnyxErrorFrame(string json, StreamViolationCode code, int telnyxCode)
    {
        var result = TelnyxParser.ParseAgentMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        Assert.Null(result.Message);
        Assert.Equal(code, result.Error!.Code);
        var error = TelnyxError.From(result.Error, Id);
        Assert.Equal(telnyxCode, error.Code);
        Assert.Equal(TelnyxErrorCodes.Title(telnyxCode), error.Title);
        Assert.IsType<TelnyxError>(TelnyxParser.ParseProviderMessage(FrameKind.Text, TelnyxWriter.ToUtf8(error)).Message);
    }

    [Fact]
    public void ParseAgent_ExtraField_WarningOnly()
    {
        var result = TelnyxParser.ParseAgentMessage(FrameKind.Text, """{"event":"clear","why":"barge"}"""u8);
        Assert.IsType<TelnyxClear>(result.Message);
        Assert.True(result.HasWarnings);
    }

    [Fact]
    public void ParseAgent_BinaryFrame_Rejected() =>
        Assert.Equal(StreamViolationCode.BinaryFrameNotAllowed, TelnyxParser.ParseAgentMessage(FrameKind.Binary, new byte[2]).Error!.Code);

    [Fact]
    public void ParseAgent_ForeignStreamId_Rejected() =>
        Assert.Equal(StreamViolationCode.StreamIdMismatch,
            TelnyxParser.ParseAgentMessage(FrameKind.Text, """{"event":"clear","stream_id":"B"}"""u8, new TelnyxParserOptions { ExpectedStreamId = "A" }).Error!.Code);

    [Fact]
    public void Sequencer_L16At16k_TimestampsFromBytesAndIsoDtmfTime()
    {
        var seq = new TelnyxProviderSequencer(Id, "v2:T", new StreamAudioFormat(AudioEncoding.Pcm16, 16000, PcmByteOrder.BigEndian));
        Assert.Equal(1, seq.Start().SequenceNumber);
        var first = seq.Media(new byte[640]);
        var second = seq.Media(new byte[640]);
        Assert.Equal((2L, 1L, 0L), (first.SequenceNumber, first.Chunk, first.Timestamp));
        Assert.Equal((3L, 2L, 20L), (second.SequenceNumber, second.Chunk, second.Timestamp));
        var dtmf = seq.Dtmf("1", new DateTimeOffset(2025, 6, 5, 8, 54, 19, TimeSpan.Zero).AddTicks(6984080));
        Assert.Equal("2025-06-05T08:54:19.698408Z", dtmf.OccurredAt);
        Assert.Equal(4, dtmf.SequenceNumber);
    }

    [Fact]
    public void WriteThenParse_AnyProviderMessage_RoundTrips()
    {
        var gen = Gen.OneOf(
            from s in Gen.Choose(1, int.MaxValue)
            from id in Generators.JsonText
            from p in Generators.Bytes(200)
            select (TelnyxProviderMessage)new TelnyxMedia(s, id, "inbound", s, s / 2, p),
            from s in Gen.Choose(1, int.MaxValue)
            from id in Generators.JsonText
            from n in Generators.JsonText
            select (TelnyxProviderMessage)new TelnyxMarkEcho(s, id, n),
            from d in Gen.Elements("0", "9", "*", "#", "A")
            from t in Generators.JsonText.OrNull()
            select (TelnyxProviderMessage)new TelnyxDtmf(7, "id", d, t));
        Prop.ForAll(gen.ToArbitrary(), message =>
        {
            var parsed = TelnyxParser.ParseProviderMessage(FrameKind.Text, TelnyxWriter.ToUtf8(message));
            Assert.Empty(parsed.Violations);
            Assert.Equal(Normalise(message), Normalise(parsed.Message!));
        }).Check(Generators.Config);
    }

    [Fact]
    public void Parse_MutatedMessages_NeverThrows()
    {
        var seeds = new[]
        {
            TelnyxWriter.ToUtf8(new TelnyxStart(1, Id, "v2:T", new TelnyxMediaFormat("L16", 16000), Tags: ["a"])),
            TelnyxWriter.ToUtf8(new TelnyxError(Id, 100004, "invalid_media", "bad")),
            TelnyxWriter.ToUtf8(new TelnyxOutboundMedia(new byte[40])),
        };
        Prop.ForAll(Generators.Mutations(seeds).ToArbitrary(), bytes =>
        {
            var a = TelnyxParser.ParseProviderMessage(FrameKind.Text, bytes);
            var b = TelnyxParser.ParseAgentMessage(FrameKind.Text, bytes);
            Assert.True(a.IsSuccess || a.Error is not null);
            Assert.True(b.IsSuccess || b.Error is not null);
        }).Check(Generators.Config);
    }

    private static (TelnyxProviderMessage Message, string Payload) Normalise(TelnyxProviderMessage m) => m is TelnyxMedia media
        ? (media with { Payload = default }, Convert.ToBase64String(media.Payload.Span))
        : (m, "");

    private static string Write(TelnyxProviderMessage m) => Encoding.UTF8.GetString(TelnyxWriter.ToUtf8(m));

    private static string Write(TelnyxAgentMessage m) => Encoding.UTF8.GetString(TelnyxWriter.ToUtf8(m));
}
