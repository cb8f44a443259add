using Conformance.Streams.Generic;
using Conformance.Streams.Plivo;
using Conformance.Streams.Telnyx;
using Conformance.Streams.Twilio;

namespace Conformance.Streams.Tests;

/// <summary>The try-pattern entry points: a message, or exactly the error a socket closes with.</summary>
public class TryParseTests
{
    [Fact]
    public void Twilio_TryParse_MessageOrError()
    {
        Assert.True(TwilioParser.TryParseAgentMessage(FrameKind.Text, """{"event":"clear","streamSid":"S"}"""u8, out var clear, out var none));
        Assert.IsType<TwilioClear>(clear);
        Assert.Null(none);
        Assert.False(TwilioParser.TryParseProviderMessage(FrameKind.Binary, [1], out var message, out var error));
        Assert.Null(message);
        Assert.Equal(TwilioErrorCodes.BinaryMessage, TwilioErrorCodes.For(error));
    }

    [Fact]
    public void OtherProtocols_TryParse_MessageOrError()
    {
        Assert.True(TelnyxParser.TryParseAgentMessage(FrameKind.Text, """{"event":"clear"}"""u8, out _, out _));
        Assert.False(TelnyxParser.TryParseProviderMessage(FrameKind.Text, "{"u8, out _, out var telnyx));
        Assert.Equal(StreamViolationCode.MalformedJson, telnyx.Code);
        Assert.True(PlivoParser.TryParseProviderMessage(FrameKind.Text, """{"event":"clearedAudio","sequenceNumber":3,"streamId":"s"}"""u8, out _, out _));
        Assert.False(PlivoParser.TryParseAgentMessage(FrameKind.Text, """{"event":"clear"}"""u8, out _, out var plivo));
        Assert.Equal(StreamViolationCode.UnknownEvent, plivo.Code);
        Assert.True(GenericParser.TryParseClientMessage(FrameKind.Binary, new byte[3], out var audio, out _));
        Assert.IsType<GenericAudioChunk>(audio);
        Assert.False(GenericParser.TryParseServerMessage(FrameKind.Text, """{"type":"nope"}"""u8, out _, out var generic));
        Assert.Equal(StreamViolationCode.UnknownEvent, generic.Code);
    }
}
