using System.Text;
using Conformance.Streams.Plivo;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Plivo;

/// <summary>Golden output, documented samples, malformed corpus and round-trips (media-protocols.md §3).</summary>
public class PlivoWireTests
{
    private const string Id = "87654321-4321-4321-4321-cba987654321";

    [Fact]
    public void Write_ProviderMessages_NumericCountersEpochTimestampStrings()
    {
        Assert.Equal(
            "{\"event\":\"start\",\"sequenceNumber\":1,\"start\":{\"callId\":\"C\",\"streamId\":\"" + Id + "\",\"accountId\":\"MA1\",\"tracks\":[\"inbound\"],\"mediaFormat\":{\"encoding\":\"audio/x-mulaw\",\"sampleRate\":8000}},\"extra_headers\":\"userId=12345\"}",
            Write(new PlivoStart(1, "C", Id, "MA1", ["inbound"], new PlivoMediaFormat(), "userId=12345")));
        Assert.Equal(
            "{\"event\":\"media\",\"sequenceNumber\":42,\"streamId\":\"" + Id + "\",\"media\":{\"track\":\"inbound\",\"timestamp\":\"1705312200000\",\"chunk\":41,\"payload\":\"//8=\"}}",
            Write(new PlivoMedia(42, Id, "inbound", 1705312200000, 41, new byte[] { 0xFF, 0xFF })));
        Assert.Equal(
            "{\"event\":\"dtmf\",\"sequenceNumber\":50,\"streamId\":\"" + Id + "\",\"dtmf\":{\"track\":\"inbound\",\"digit\":\"5\",\"timestamp\":\"1705312250000\"}}",
            Write(new PlivoDtmf(50, Id, "inbound", "5", 1705312250000)));
        Assert.Equal("{\"event\":\"playedStream\",\"sequenceNumber\":75,\"streamId\":\"" + Id + "\",\"name\":\"greeting-complete\"}",
            Write(new PlivoCheckpointPlayed(75, Id, "greeting-complete")));
        Assert.Equal("{\"event\":\"clearedAudio\",\"sequenceNumber\":80,\"streamId\":\"" + Id + "\"}", Write(new PlivoClearedAudio(80, Id)));
    }

    [Fact]
    public void Write_AgentMessages_MatchDocumentedShapes()
    {
        Assert.Equal("""{"event":"playAudio","media":{"contentType":"audio/x-l16","sampleRate":16000,"payload":"AAA="}}""",
            Write(new PlivoPlayAudio(new PlivoMediaFormat(PlivoMediaFormat.L16, 16000), new byte[2])));
        Assert.Equal("{\"event\":\"checkpoint\",\"streamId\":\"" + Id + "\",\"name\":\"greeting-complete\"}", Write(new PlivoCheckpoint(Id, "greeting-complete")));
        Assert.Equal("{\"event\":\"clearAudio\",\"streamId\":\"" + Id + "\"}", Write(new PlivoClearAudio(Id)));
        Assert.Equal("""{"event":"sendDTMF","dtmf":"5"}""", Write(new PlivoSendDtmf("5")));
    }

    [Fact]
    public void ParseProvider_DocumentedMediaSample_Parses()
    {
        const string json = """
            {
              "event": "media", "sequenceNumber": 42,
              "streamId": "87654321-4321-4321-4321-cba987654321",
              "media": { "track": "inbound", "timestamp": "1705312200000", "chunk": 41, "payload": "//uQxAAA" },
              "extra_headers": "userId=12345;sessionId=abc-xyz"
            }
            """;
        var result = PlivoParser.ParseProviderMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        var media = Assert.IsType<PlivoMedia>(result.Message);
        Assert.Empty(result.Violations);
        Assert.Equal((42L, 41L, 1705312200000L), (media.SequenceNumber, media.Chunk, media.TimestampEpochMs));
        Assert.Equal("userId=12345;sessionId=abc-xyz", media.ExtraHeaders);
    }

    [Fact]
    public void ParseProvider_StringCounter_AcceptedWithWarning()
    {
        var result = PlivoParser.ParseProviderMessage(FrameKind.Text, """{"event":"clearedAudio","sequenceNumber":"80","streamId":"s"}"""u8);
        Assert.IsType<PlivoClearedAudio>(result.Message);
        Assert.Contains(result.Violations, v => v is { Code: StreamViolationCode.WrongType, Severity: ViolationSeverity.Warning });
    }

    [Fact]
    public void ParseProvider_Stop_UndocumentedSoWarning()
    {
        var result = PlivoParser.ParseProviderMessage(FrameKind.Text, """{"event":"stop","sequenceNumber":9,"streamId":"s"}"""u8);
        Assert.IsType<PlivoStop>(result.Message);
        Assert.True(result.HasWarnings);
    }

    [Theory]
    [InlineData(PlivoMediaFormat.MuLaw, 8000, PlivoMediaFormat.L16, 16000, "$.media.contentType")]
    [InlineData(PlivoMediaFormat.L16, 8000, PlivoMediaFormat.L16, 16000, "$.media.sampleRate")]
    public void ParseAgent_PlayAudioFormatDiffersFromStream_FormatMismatch(string sent, int sentRate, string stream, int streamRate, string location)
    {
        var options = new PlivoParserOptions { ExpectedFormat = new PlivoMediaFormat(stream, streamRate) };
        var bytes = PlivoWriter.ToUtf8(new PlivoPlayAudio(new PlivoMediaFormat(sent, sentRate), new byte[4]));
        var error = PlivoParser.ParseAgentMessage(FrameKind.Text, bytes, options).Error!;
        Assert.Equal((StreamViolationCode.FormatMismatch, location), (error.Code, error.Location));
    }

    [Theory]
    [InlineData("""{"event":"playAudio","media":{"contentType":"audio/wav","sampleRate":8000,"payload":""}}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"event":"playAudio","media":{"contentType":"audio/x-mulaw","sampleRate":44100,"payload":""}}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"event":"playAudio","media":{"contentType":"audio/x-mulaw","sampleRate":8000}}""", StreamViolationCode.MissingField)]
    [InlineData("""{"event":"checkpoint","name":"x"}""", StreamViolationCode.MissingField)]
    [InlineData("""{"event":"clear","streamId":"x"}""", StreamViolationCode.UnknownEvent)]
    [InlineData("""{"event":"sendDTMF","dtmf":"5x"}""", StreamViolationCode.InvalidValue)]
    public void ParseAgent_Malformed_Rejected(string json, StreamViolationCode code) =>
        Assert.Contains(PlivoParser.ParseAgentMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json)).Violations,
            v => v.Code == code && v.Severity == ViolationSeverity.Error);

    [Fact]
    public void ParseAgent_Over64KB_FrameTooLarge()
    {
        var bytes = PlivoWriter.ToUtf8(new PlivoPlayAudio(new PlivoMediaFormat(), new byte[50_000]));
        Assert.Equal(StreamViolationCode.FrameTooLarge, PlivoParser.ParseAgentMessage(FrameKind.Text, bytes).Error!.Code);
    }

    [Fact]
    public void MediaFormat_L16ByteOrder_IsTheCallersSetting()
    {
        var format = new PlivoMediaFormat(PlivoMediaFormat.L16, 16000);
        Assert.Equal(PcmByteOrder.BigEndian, format.ToAudioFormat(PcmByteOrder.BigEndian)!.ByteOrder);
        Assert.Equal(PcmByteOrder.LittleEndian, format.ToAudioFormat(PcmByteOrder.LittleEndian)!.ByteOrder);
        Assert.Equal("audio/x-l16;rate=16000", format.ContentTypeAttribute);
    }

    [Fact]
    public void Sequencer_Mulaw_EpochTimestampsAdvanceByAudioAndAcksConsumeSequence()
    {
        var seq = new PlivoProviderSequencer(Id, "C", "MA", StreamAudioFormat.MuLaw8k, streamStartEpochMs: 1_705_312_200_000);
        Assert.Equal(1, seq.Start().SequenceNumber);
        var a = seq.Media(new byte[160]);
        var b = seq.Media(new byte[160]);
        Assert.Equal((2L, 1L, 1_705_312_200_000L), (a.SequenceNumber, a.Chunk, a.TimestampEpochMs));
        Assert.Equal((3L, 2L, 1_705_312_200_020L), (b.SequenceNumber, b.Chunk, b.TimestampEpochMs));
        Assert.Equal(4, seq.CheckpointPlayed("x").SequenceNumber);
        Assert.Equal(5, seq.ClearedAudio().SequenceNumber);
    }

    [Fact]
    public void WriteThenParse_AnyMessage_RoundTrips()
    {
        var gen = Gen.OneOf(
            from s in Gen.Choose(1, int.MaxValue)
            from id in Generators.JsonText
            from p in Generators.Bytes(200)
            from extra in Generators.JsonText.OrNull()
            select (PlivoProviderMessage)new PlivoMedia(s, id, "inbound", 1_700_000_000_000L + s, s, p, extra),
            from id in Generators.JsonText
            from n in Generators.JsonText
            select (PlivoProviderMessage)new PlivoCheckpointPlayed(3, id, n));
        Prop.ForAll(gen.ToArbitrary(), message =>
        {
            var parsed = PlivoParser.ParseProviderMessage(FrameKind.Text, PlivoWriter.ToUtf8(message));
            Assert.Empty(parsed.Violations);
            var expected = message is PlivoMedia m ? Convert.ToBase64String(m.Payload.Span) + (m with { Payload = default }) : message.ToString();
            var actual = parsed.Message is PlivoMedia pm ? Convert.ToBase64String(pm.Payload.Span) + (pm with { Payload = default }) : parsed.Message!.ToString();
            Assert.Equal(expected, actual);
        }).Check(Generators.Config);
    }

    [Fact]
    public void Parse_MutatedMessages_NeverThrows()
    {
        var seeds = new[]
        {
            PlivoWriter.ToUtf8(new PlivoStart(1, "C", Id, "MA1", ["inbound"], new PlivoMediaFormat(), "a=b")),
            PlivoWriter.ToUtf8(new PlivoPlayAudio(new PlivoMediaFormat(), new byte[30])),
            PlivoWriter.ToUtf8(new PlivoDtmf(3, Id, "inbound", "#", 1)),
        };
        Prop.ForAll(Generators.Mutations(seeds).ToArbitrary(), bytes =>
        {
            var a = PlivoParser.ParseProviderMessage(FrameKind.Text, bytes);
            var b = PlivoParser.ParseAgentMessage(FrameKind.Text, bytes);
            Assert.True(a.IsSuccess || a.Error is not null);
            Assert.True(b.IsSuccess || b.Error is not null);
        }).Check(Generators.Config);
    }

    private static string Write(PlivoProviderMessage m) => Encoding.UTF8.GetString(PlivoWriter.ToUtf8(m));

    private static string Write(PlivoAgentMessage m) => Encoding.UTF8.GetString(PlivoWriter.ToUtf8(m));
}
