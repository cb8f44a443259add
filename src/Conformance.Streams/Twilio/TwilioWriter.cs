using System.Diagnostics;
using Conformance.Streams.Json;

namespace Conformance.Streams.Twilio;

/// <summary>
/// Writes Twilio Media Streams messages exactly as documented (media-protocols.md §1.2–1.3):
/// the documented field order, counters as decimal strings, <c>sampleRate</c>/<c>channels</c> as
/// numbers, compact JSON. Pure: into a caller's span, nothing allocated.
/// </summary>
public static class TwilioWriter
{
    public static bool TryWrite(TwilioProviderMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case TwilioConnected m:
                w.Raw("{\"event\":\"connected\",\"protocol\":"u8);
                w.String(m.Protocol);
                w.Raw(",\"version\":"u8);
                w.String(m.Version);
                w.Raw("}"u8);
                break;
            case TwilioStart m:
                w.Raw("{\"event\":\"start\",\"sequenceNumber\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"start\":{\"accountSid\":"u8);
                w.String(m.AccountSid);
                w.Raw(",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw(",\"callSid\":"u8);
                w.String(m.CallSid);
                w.Raw(",\"tracks\":["u8);
                for (var i = 0; i < m.Tracks.Count; i++)
                {
                    if (i > 0)
                    {
                        w.Raw(","u8);
                    }

                    w.String(m.Tracks[i]);
                }

                w.Raw("],\"mediaFormat\":{\"encoding\":"u8);
                w.String(m.MediaFormat.Encoding);
                w.Raw(",\"sampleRate\":"u8);
                w.Number(m.MediaFormat.SampleRate);
                w.Raw(",\"channels\":"u8);
                w.Number(m.MediaFormat.Channels);
                w.Raw("},\"customParameters\":{"u8);
                var first = true;
                foreach (var (key, value) in m.CustomParameters)
                {
                    if (!first)
                    {
                        w.Raw(","u8);
                    }

                    first = false;
                    w.String(key);
                    w.Raw(":"u8);
                    w.String(value);
                }

                w.Raw("}},\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw("}"u8);
                break;
            case TwilioMedia m:
                w.Raw("{\"event\":\"media\",\"sequenceNumber\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"media\":{\"track\":"u8);
                w.String(m.Track);
                w.Raw(",\"chunk\":"u8);
                w.NumberAsString(m.Chunk);
                w.Raw(",\"timestamp\":"u8);
                w.NumberAsString(m.Timestamp);
                w.Raw(",\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("},\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw("}"u8);
                break;
            case TwilioDtmf m:
                w.Raw("{\"event\":\"dtmf\",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw(",\"sequenceNumber\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"dtmf\":{\"track\":"u8);
                w.String(m.Track);
                w.Raw(",\"digit\":"u8);
                w.String(m.Digit);
                w.Raw("}}"u8);
                break;
            case TwilioMarkEcho m:
                w.Raw("{\"event\":\"mark\",\"sequenceNumber\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw(",\"mark\":{\"name\":"u8);
                w.String(m.Name);
                w.Raw("}}"u8);
                break;
            case TwilioStop m:
                w.Raw("{\"event\":\"stop\",\"sequenceNumber\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"stop\":{\"accountSid\":"u8);
                w.String(m.AccountSid);
                w.Raw(",\"callSid\":"u8);
                w.String(m.CallSid);
                w.Raw("},\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    public static bool TryWrite(TwilioAgentMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case TwilioOutboundMedia m:
                w.Raw("{\"event\":\"media\",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw(",\"media\":{\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("}}"u8);
                break;
            case TwilioOutboundMark m:
                w.Raw("{\"event\":\"mark\",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw(",\"mark\":{\"name\":"u8);
                w.String(m.Name);
                w.Raw("}}"u8);
                break;
            case TwilioClear m:
                w.Raw("{\"event\":\"clear\",\"streamSid\":"u8);
                w.String(m.StreamSid);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    /// <summary>An upper bound on the encoded size of <paramref name="message"/>.</summary>
    public static int GetMaxByteCount(TwilioProviderMessage message) => message switch
    {
        TwilioStart m => 256 + Max(m.StreamSid) * 2 + Max(m.AccountSid) + Max(m.CallSid) + Max(m.MediaFormat.Encoding)
            + m.Tracks.Sum(t => Max(t) + 1) + m.CustomParameters.Sum(p => Max(p.Key) + Max(p.Value) + 2),
        TwilioMedia m => 160 + Max(m.StreamSid) + Max(m.Track) + Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        TwilioConnected m => 64 + Max(m.Protocol) + Max(m.Version),
        TwilioDtmf m => 128 + Max(m.StreamSid) + Max(m.Track) + Max(m.Digit),
        TwilioMarkEcho m => 128 + Max(m.StreamSid) + Max(m.Name),
        TwilioStop m => 128 + Max(m.StreamSid) + Max(m.AccountSid) + Max(m.CallSid),
        _ => throw new UnreachableException(message.GetType().Name),
    };

    public static int GetMaxByteCount(TwilioAgentMessage message) => message switch
    {
        TwilioOutboundMedia m => 64 + Max(m.StreamSid) + Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        TwilioOutboundMark m => 64 + Max(m.StreamSid) + Max(m.Name),
        TwilioClear m => 64 + Max(m.StreamSid),
        _ => throw new UnreachableException(message.GetType().Name),
    };

    /// <summary>The message as a new UTF-8 array (convenience for tests and non-hot paths).</summary>
    public static byte[] ToUtf8(TwilioProviderMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    public static byte[] ToUtf8(TwilioAgentMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    private static int Max(string? value) => Utf8JsonSpanWriter.MaxStringBytes(value);
}
