using System.Text;
using System.Text.Json;
using Conformance.Audio;
using Conformance.Streams.Generic;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Streams.Tests.Generic;

/// <summary>Generic mode (media-protocols.md §4.4, Omnia vendors.md §2.5): golden, corpus, round-trips.</summary>
public class GenericWireTests
{
    [Fact]
    public void Write_ServerMessages_MatchUltravoxAndOmniaShapes()
    {
        Assert.Equal("""{"type":"state","state":"listening"}""", Write(new GenericState(GenericAgentState.Listening)));
        Assert.Equal("""{"type":"transcript","role":"agent","medium":"voice","delta":"Hel","final":false,"ordinal":1}""",
            Write(GenericTranscript.Append(TranscriptRole.Agent, 1, "Hel")));
        Assert.Equal("""{"type":"transcript","role":"agent","medium":"voice","text":"Hello.","final":true,"ordinal":1}""",
            Write(GenericTranscript.Replace(TranscriptRole.Agent, 1, "Hello.", final: true)));
        Assert.Equal("""{"type":"playback_clear_buffer"}""", Write(new GenericPlaybackClearBuffer()));
        Assert.Equal("""{"type":"pong","timestamp":1234567890.123}""", Write(new GenericPong(1234567890.123)));
        Assert.Equal("""{"type":"call_ended"}""", Write(new GenericCallEnded()));
        Assert.Equal("""{"type":"hangup"}""", Write(new GenericCallEnded(GenericCallEndedName.Hangup)));
        Assert.Equal("""{"type":"error","code":"UnknownEvent","message":"$.type: x"}""",
            Write(GenericError.From(StreamViolation.Error(StreamViolationCode.UnknownEvent, "$.type", "x"))));
    }

    [Fact]
    public void Write_ClientMessages_MatchUltravoxShapes()
    {
        Assert.Equal("""{"type":"ping","timestamp":1234567890.123}""", Write(new GenericPing(1234567890.123)));
        Assert.Equal("""{"type":"hang_up","message":"Goodbye!"}""", Write(new GenericHangUp("Goodbye!")));
        Assert.Equal("""{"type":"user_text_message","text":"hi","urgency":"soon"}""", Write(new GenericUserTextMessage("hi", "soon")));
        using var doc = JsonDocument.Parse("""{"ok":true}""");
        Assert.Equal("""{"type":"client_tool_result","invocationId":"inv_abc123","result":{"ok":true}}""",
            Write(new GenericClientToolResult("inv_abc123", doc.RootElement.Clone(), null)));
        Assert.Throws<ArgumentException>(() => GenericWriter.ToUtf8(new GenericAudioChunk(new byte[2])));
    }

    [Fact]
    public void ParseClient_BinaryMessage_IsAudio()
    {
        var result = GenericParser.ParseClientMessage(FrameKind.Binary, new byte[] { 1, 2, 3 });
        Assert.Equal(new byte[] { 1, 2, 3 }, Assert.IsType<GenericAudioChunk>(result.Message).Audio.ToArray());
    }

    [Fact]
    public void ParseClient_OversizeAudio_FrameTooLarge() =>
        Assert.Equal(StreamViolationCode.FrameTooLarge,
            GenericParser.ParseClientMessage(FrameKind.Binary, new byte[10], new GenericParserOptions { MaxBinaryBytes = 8 }).Error!.Code);

    [Fact]
    public void ParseServer_BinaryMessage_UnexpectedFrameKind() =>
        Assert.Equal(StreamViolationCode.UnexpectedFrameKind, GenericParser.ParseServerMessage(FrameKind.Binary, new byte[4]).Error!.Code);

    [Theory]
    [InlineData("""{"type":"transcript","role":"agent","ordinal":1,"final":true}""", StreamViolationCode.MissingField)]
    [InlineData("""{"type":"transcript","role":"agent","ordinal":1,"final":true,"text":"a","delta":"b"}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"type":"transcript","role":"bot","ordinal":1,"final":true,"text":"a"}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"type":"transcript","role":"user","ordinal":"x","final":true,"text":"a"}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"type":"state","state":"sleeping"}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"type":"clear"}""", StreamViolationCode.UnknownEvent)]
    [InlineData("""{"event":"state"}""", StreamViolationCode.MissingField)]
    public void ParseServer_Malformed_Rejected(string json, StreamViolationCode code) =>
        Assert.Contains(GenericParser.ParseServerMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json)).Violations,
            v => v.Code == code && v.Severity == ViolationSeverity.Error);

    [Theory]
    [InlineData("""{"type":"client_tool_result","invocationId":"i"}""", StreamViolationCode.MissingField)]
    [InlineData("""{"type":"client_tool_result","invocationId":"i","result":1,"error":2}""", StreamViolationCode.InvalidValue)]
    [InlineData("""{"type":"user_text_message"}""", StreamViolationCode.MissingField)]
    [InlineData("""{"type":"ping","timestamp":"now"}""", StreamViolationCode.WrongType)]
    [InlineData("""{"type":"hangup"}""", StreamViolationCode.UnknownEvent)]
    public void ParseClient_Malformed_Rejected(string json, StreamViolationCode code) =>
        Assert.Contains(GenericParser.ParseClientMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json)).Violations,
            v => v.Code == code && v.Severity == ViolationSeverity.Error);

    [Theory]
    [InlineData(8000, 16000, GenericEncoding.PcmS16Le, 0)]
    [InlineData(44100, 16000, GenericEncoding.PcmS16Le, 1)]
    [InlineData(16000, 16000, GenericEncoding.MuLaw, 2)]
    [InlineData(8000, 8000, GenericEncoding.MuLaw, 0)]
    public void StreamFormat_Validate_FlagsRatesOutsideTheContract(int input, int output, GenericEncoding encoding, int problems) =>
        Assert.Equal(problems, new GenericStreamFormat(input, output, encoding).Validate().Count);

    [Fact]
    public void StreamFormat_Pcm_IsLittleEndianAtEachRate()
    {
        var format = new GenericStreamFormat(16000, 24000);
        Assert.Equal(new StreamAudioFormat(AudioEncoding.Pcm16, 16000, PcmByteOrder.LittleEndian), format.Input);
        Assert.Equal(24000, format.Output.SampleRate);
    }

    [Fact]
    public void WriteThenParse_AnyTranscriptOrPong_RoundTrips()
    {
        var gen = Gen.OneOf(
            from role in Gen.Elements(TranscriptRole.Agent, TranscriptRole.User)
            from ordinal in Gen.Choose(0, int.MaxValue)
            from text in Generators.JsonText
            from useDelta in Gen.Elements(true, false)
            from final in Gen.Elements(true, false)
            from medium in Gen.Elements(TranscriptMedium.Voice, TranscriptMedium.Text)
            select (GenericServerMessage)new GenericTranscript(role, ordinal, useDelta ? null : text, useDelta ? text : null, final, medium),
            from seconds in Gen.Choose(0, int.MaxValue)
            from millis in Gen.Choose(0, 999)
            select (GenericServerMessage)new GenericPong(seconds + (millis / 1000.0)));
        Prop.ForAll(gen.ToArbitrary(), message =>
        {
            var parsed = GenericParser.ParseServerMessage(FrameKind.Text, GenericWriter.ToUtf8(message));
            Assert.Empty(parsed.Violations);
            Assert.Equal(message, parsed.Message);
        }).Check(Generators.Config);
    }

    [Fact]
    public void Parse_MutatedMessages_NeverThrows()
    {
        var seeds = new[]
        {
            GenericWriter.ToUtf8(GenericTranscript.Replace(TranscriptRole.Agent, 3, "Hello there.", true)),
            GenericWriter.ToUtf8(new GenericUserTextMessage("hi", "soon")),
            """{"type":"client_tool_result","invocationId":"i","result":{"a":[1,2,{"b":null}]}}"""u8.ToArray(),
        };
        Prop.ForAll(Generators.Mutations(seeds).ToArbitrary(), bytes =>
        {
            var a = GenericParser.ParseServerMessage(FrameKind.Text, bytes);
            var b = GenericParser.ParseClientMessage(FrameKind.Text, bytes);
            Assert.True(a.IsSuccess || a.Error is not null);
            Assert.True(b.IsSuccess || b.Error is not null);
        }).Check(Generators.Config);
    }

    private static string Write(GenericServerMessage m) => Encoding.UTF8.GetString(GenericWriter.ToUtf8(m));

    private static string Write(GenericClientMessage m) => Encoding.UTF8.GetString(GenericWriter.ToUtf8(m));
}
