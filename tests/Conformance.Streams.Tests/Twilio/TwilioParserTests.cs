using System.Net.WebSockets;
using System.Text;
using Conformance.Streams.Twilio;

namespace Conformance.Streams.Tests.Twilio;

public class TwilioParserTests
{
    private const string Sid = "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";

    [Fact]
    public void ParseProvider_DocumentedStartSample_ReadsEveryField()
    {
        const string json = """
            {
              "event": "start",
              "sequenceNumber": "1",
              "start": {
                "accountSid": "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "streamSid": "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "callSid": "CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                "tracks": [ "inbound" ],
                "mediaFormat": { "encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1 },
                "customParameters": { "FirstName": "Jane", "LastName": "Doe", "RemoteParty": "Bob" }
              },
              "streamSid": "MZXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
            }
            """;
        var result = TwilioParser.ParseProviderMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        var start = Assert.IsType<TwilioStart>(result.Message);
        Assert.Empty(result.Violations);
        Assert.Equal(1, start.SequenceNumber);
        Assert.Equal(Sid, start.StreamSid);
        Assert.Equal("CAXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", start.CallSid);
        Assert.Equal(["inbound"], start.Tracks);
        Assert.Equal(TwilioMediaFormat.Default, start.MediaFormat);
        Assert.Equal("Bob", start.CustomParameters["RemoteParty"]);
    }

    [Fact]
    public void ParseProvider_DocumentedMediaSample_DecodesPayload()
    {
        var json = $$"""{ "event": "media", "sequenceNumber": "4", "media": { "track": "inbound", "chunk": "2", "timestamp": "5", "payload": "no+JhoaJjpw=" }, "streamSid": "{{Sid}}" }""";
        var media = Assert.IsType<TwilioMedia>(Parse(json).Message);
        Assert.Equal((4L, 2L, 5L), (media.SequenceNumber, media.Chunk, media.Timestamp));
        Assert.Equal(Convert.FromBase64String("no+JhoaJjpw="), media.Payload.ToArray());
    }

    [Fact]
    public void ParseProvider_DocumentedDtmfMarkStopSamples_Parse()
    {
        Assert.IsType<TwilioDtmf>(Parse($$"""{ "event": "dtmf", "streamSid": "{{Sid}}", "sequenceNumber": "5", "dtmf": { "track": "inbound_track", "digit": "1" } }""").Message);
        Assert.IsType<TwilioMarkEcho>(Parse($$"""{ "event": "mark", "sequenceNumber": "4", "streamSid": "{{Sid}}", "mark": { "name": "my label" } }""").Message);
        Assert.IsType<TwilioStop>(Parse($$"""{ "event": "stop", "sequenceNumber": "5", "stop": { "accountSid": "AC1", "callSid": "CA1" }, "streamSid": "{{Sid}}" }""").Message);
        Assert.IsType<TwilioConnected>(Parse("""{ "event": "connected", "protocol": "Call", "version": "1.0.0" }""").Message);
    }

    [Fact]
    public void ParseProvider_UndocumentedField_AcceptedWithWarning()
    {
        var result = Parse("""{ "event": "connected", "protocol": "Call", "version": "1.0.0", "extra": 1 }""");
        Assert.IsType<TwilioConnected>(result.Message);
        var warning = Assert.Single(result.Violations);
        Assert.Equal((StreamViolationCode.UnexpectedField, ViolationSeverity.Warning, "$.extra"), (warning.Code, warning.Severity, warning.Location));
    }

    [Fact]
    public void ParseProvider_NumericCounters_AcceptedWithWrongTypeWarnings()
    {
        var result = Parse($$"""{"event":"media","sequenceNumber":4,"media":{"track":"inbound","chunk":2,"timestamp":"5","payload":""},"streamSid":"{{Sid}}"}""");
        Assert.IsType<TwilioMedia>(result.Message);
        Assert.Equal(2, result.Violations.Count(v => v is { Code: StreamViolationCode.WrongType, Severity: ViolationSeverity.Warning }));
    }

    [Fact]
    public void ParseProvider_BinaryFrame_Rejected31950()
    {
        var result = TwilioParser.ParseProviderMessage(FrameKind.Binary, new byte[] { 1, 2, 3 });
        Assert.Null(result.Message);
        var error = result.Error!;
        Assert.Equal(StreamViolationCode.BinaryFrameNotAllowed, error.Code);
        Assert.Equal(WebSocketCloseStatus.InvalidMessageType, error.CloseStatus);
        Assert.Equal(TwilioErrorCodes.BinaryMessage, TwilioErrorCodes.For(error));
    }

    [Fact]
    public void ParseAgent_BinaryFrame_Rejected31950() =>
        Assert.Equal(StreamViolationCode.BinaryFrameNotAllowed,
            TwilioParser.ParseAgentMessage(FrameKind.Binary, new byte[] { 0xFF }).Error!.Code);

    [Theory]
    [InlineData("""{"event":"media","streamSid":"S","media":{"payload":"/w=="}}""", typeof(TwilioOutboundMedia))]
    [InlineData("""{"event":"mark","streamSid":"S","mark":{"name":"m1"}}""", typeof(TwilioOutboundMark))]
    [InlineData("""{"event":"clear","streamSid":"S"}""", typeof(TwilioClear))]
    public void ParseAgent_DocumentedMessages_Parse(string json, Type expected)
    {
        var result = TwilioParser.ParseAgentMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        Assert.IsType(expected, result.Message);
        Assert.Empty(result.Violations);
    }

    [Theory]
    [InlineData("""{"event":"start","streamSid":"S"}""", StreamViolationCode.UnknownEvent, "$.event")]
    [InlineData("""{"event":"clear"}""", StreamViolationCode.MissingField, "$.streamSid")]
    [InlineData("""{"event":"clear","streamSid":"S","extra":true}""", StreamViolationCode.UnexpectedField, "$.extra")]
    [InlineData("""{"event":"media","streamSid":"S","media":{"payload":"/w==","track":"outbound"}}""", StreamViolationCode.UnexpectedField, "$.media.track")]
    [InlineData("""{"event":"media","streamSid":"S","media":{"payload":"not base64!"}}""", StreamViolationCode.InvalidBase64, "$.media.payload")]
    [InlineData("""{"event":"media","streamSid":"S","media":{"payload":"/w= ="}}""", StreamViolationCode.InvalidBase64, "$.media.payload")]
    [InlineData("""{"event":"media","streamSid":"S","media":{"payload":42}}""", StreamViolationCode.WrongType, "$.media.payload")]
    [InlineData("""{"event":"media","streamSid":"S","media":"x"}""", StreamViolationCode.WrongType, "$.media")]
    [InlineData("""{"event":"mark","streamSid":"S","mark":{}}""", StreamViolationCode.MissingField, "$.mark.name")]
    [InlineData("""{"event":"clear","streamSid":"S","streamSid":"S"}""", StreamViolationCode.DuplicateField, "$.streamSid")]
    [InlineData("""{"event":"clear","streamSid":"S"} x""", StreamViolationCode.MalformedJson, "frame")]
    [InlineData("""{"event":"clear",""", StreamViolationCode.MalformedJson, "frame")]
    [InlineData("""[{"event":"clear"}]""", StreamViolationCode.NotAnObject, "$")]
    [InlineData("""{"streamSid":"S"}""", StreamViolationCode.MissingField, "$.event")]
    [InlineData("""{"event":7,"streamSid":"S"}""", StreamViolationCode.WrongType, "$.event")]
    [InlineData("", StreamViolationCode.EmptyFrame, "frame")]
    public void ParseAgent_Malformed_RejectedWithLocatedViolation31951(string json, StreamViolationCode code, string location)
    {
        var result = TwilioParser.ParseAgentMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
        Assert.Null(result.Message);
        Assert.Contains(result.Violations, v => v.Code == code && v.Location == location && v.Severity == ViolationSeverity.Error);
        Assert.Equal(TwilioErrorCodes.InvalidMessage, TwilioErrorCodes.For(result.Error!));
    }

    [Fact]
    public void ParseAgent_WrongStreamSid_RejectedWhenExpectationSet()
    {
        var options = new TwilioParserOptions { ExpectedStreamSid = "MZ1" };
        var result = TwilioParser.ParseAgentMessage(FrameKind.Text, """{"event":"clear","streamSid":"MZ2"}"""u8, options);
        Assert.Equal(StreamViolationCode.StreamIdMismatch, result.Error!.Code);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, result.Error.CloseStatus);
    }

    [Fact]
    public void ParseAgent_OverLimit_RejectedAsTooBigBeforeParsing()
    {
        var options = new TwilioParserOptions { MaxMessageBytes = 64 };
        var json = Encoding.UTF8.GetBytes("{\"event\":\"media\",\"streamSid\":\"S\",\"media\":{\"payload\":\"" + new string('A', 100) + "\"}}");
        var error = TwilioParser.ParseAgentMessage(FrameKind.Text, json, options).Error!;
        Assert.Equal(StreamViolationCode.FrameTooLarge, error.Code);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, error.CloseStatus);
    }

    [Fact]
    public void ParseAgent_InvalidUtf8_MalformedNotException()
    {
        var bytes = Encoding.ASCII.GetBytes("{\"event\":\"clear\",\"streamSid\":\"ab\"}");
        bytes[^4] = 0xC3;
        bytes[^3] = 0x28;
        var result = TwilioParser.ParseAgentMessage(FrameKind.Text, bytes);
        Assert.Null(result.Message);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, result.Error!.CloseStatus);
    }

    [Fact]
    public void ParseProvider_MediaFormatNotMuLaw_Rejected()
    {
        var result = Parse($$$"""{"event":"start","sequenceNumber":"1","start":{"accountSid":"A","streamSid":"{{{Sid}}}","callSid":"C","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-l16","sampleRate":16000,"channels":2}},"streamSid":"{{{Sid}}}"}""");
        Assert.Null(result.Message);
        Assert.Equal(3, result.Violations.Count(v => v.Code == StreamViolationCode.InvalidValue));
    }

    [Fact]
    public void ParseProvider_StartSidsDisagree_Rejected()
    {
        var result = Parse("""{"event":"start","sequenceNumber":"1","start":{"accountSid":"A","streamSid":"MZ1","callSid":"C","tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1}},"streamSid":"MZ2"}""");
        Assert.Equal(StreamViolationCode.StreamIdMismatch, result.Error!.Code);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("x")]
    [InlineData("")]
    public void ParseProvider_NotADtmfDigit_Rejected(string digit) =>
        Assert.Equal(StreamViolationCode.InvalidValue,
            Parse($$$"""{"event":"dtmf","streamSid":"{{{Sid}}}","sequenceNumber":"5","dtmf":{"track":"inbound_track","digit":"{{{digit}}}"}}""").Error!.Code);

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("+3")]
    [InlineData("99999999999999999999")]
    public void ParseProvider_BadCounter_Rejected(string counter) =>
        Assert.Equal(StreamViolationCode.InvalidValue,
            Parse($$$"""{"event":"mark","sequenceNumber":"{{{counter}}}","streamSid":"{{{Sid}}}","mark":{"name":"m"}}""").Error!.Code);

    [Fact]
    public void ParseProvider_MissingSeveralFields_ReportsEachOne()
    {
        var result = Parse("""{"event":"media","media":{"track":"inbound"}}""");
        var missing = result.Violations.Where(v => v.Code == StreamViolationCode.MissingField).Select(v => v.Location).ToHashSet();
        Assert.Equal(new HashSet<string> { "$.sequenceNumber", "$.streamSid", "$.media.chunk", "$.media.timestamp", "$.media.payload" }, missing);
    }

    [Fact]
    public void CloseReason_AlwaysFitsAControlFrame()
    {
        var violation = StreamViolation.Error(StreamViolationCode.UnexpectedField, "$." + new string('x', 500), "m");
        Assert.True(Encoding.UTF8.GetByteCount(violation.CloseReason) <= 123);
    }

    private static StreamParseResult<TwilioProviderMessage> Parse(string json) =>
        TwilioParser.ParseProviderMessage(FrameKind.Text, Encoding.UTF8.GetBytes(json));
}
