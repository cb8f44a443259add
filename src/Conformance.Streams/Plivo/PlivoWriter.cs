using System.Diagnostics;
using Conformance.Streams.Json;

namespace Conformance.Streams.Plivo;

/// <summary>
/// Writes Plivo audio-stream messages as documented (media-protocols.md §3.2–3.3): numeric
/// counters, epoch-ms timestamps as strings, documented field order, compact JSON.
/// </summary>
public static class PlivoWriter
{
    public static bool TryWrite(PlivoProviderMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case PlivoStart m:
                w.Raw("{\"event\":\"start\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"start\":{\"callId\":"u8);
                w.String(m.CallId);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"accountId\":"u8);
                w.String(m.AccountId);
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
                w.Raw("}}"u8);
                ExtraHeaders(ref w, m.ExtraHeaders);
                break;
            case PlivoMedia m:
                w.Raw("{\"event\":\"media\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"media\":{\"track\":"u8);
                w.String(m.Track);
                w.Raw(",\"timestamp\":"u8);
                w.NumberAsString(m.TimestampEpochMs);
                w.Raw(",\"chunk\":"u8);
                w.Number(m.Chunk);
                w.Raw(",\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("}"u8);
                ExtraHeaders(ref w, m.ExtraHeaders);
                break;
            case PlivoDtmf m:
                w.Raw("{\"event\":\"dtmf\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"dtmf\":{\"track\":"u8);
                w.String(m.Track);
                w.Raw(",\"digit\":"u8);
                w.String(m.Digit);
                w.Raw(",\"timestamp\":"u8);
                w.NumberAsString(m.TimestampEpochMs);
                w.Raw("}"u8);
                ExtraHeaders(ref w, m.ExtraHeaders);
                break;
            case PlivoCheckpointPlayed m:
                w.Raw("{\"event\":\"playedStream\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"name\":"u8);
                w.String(m.Name);
                w.Raw("}"u8);
                break;
            case PlivoClearedAudio m:
                w.Raw("{\"event\":\"clearedAudio\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            case PlivoStop m:
                w.Raw("{\"event\":\"stop\",\"sequenceNumber\":"u8);
                w.Number(m.SequenceNumber);
                w.Raw(",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    public static bool TryWrite(PlivoAgentMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case PlivoPlayAudio m:
                w.Raw("{\"event\":\"playAudio\",\"media\":{\"contentType\":"u8);
                w.String(m.Format.Encoding);
                w.Raw(",\"sampleRate\":"u8);
                w.Number(m.Format.SampleRate);
                w.Raw(",\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("}}"u8);
                break;
            case PlivoCheckpoint m:
                w.Raw("{\"event\":\"checkpoint\",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"name\":"u8);
                w.String(m.Name);
                w.Raw("}"u8);
                break;
            case PlivoClearAudio m:
                w.Raw("{\"event\":\"clearAudio\",\"streamId\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            case PlivoSendDtmf m:
                w.Raw("{\"event\":\"sendDTMF\",\"dtmf\":"u8);
                w.String(m.Digits);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    public static int GetMaxByteCount(PlivoProviderMessage message) => message switch
    {
        PlivoStart m => 256 + Max(m.CallId) + Max(m.StreamId) + Max(m.AccountId) + Max(m.MediaFormat.Encoding)
            + m.Tracks.Sum(t => Max(t) + 1) + Max(m.ExtraHeaders),
        PlivoMedia m => 192 + Max(m.StreamId) + Max(m.Track) + Max(m.ExtraHeaders) + Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        PlivoDtmf m => 192 + Max(m.StreamId) + Max(m.Track) + Max(m.Digit) + Max(m.ExtraHeaders),
        PlivoCheckpointPlayed m => 96 + Max(m.StreamId) + Max(m.Name),
        PlivoClearedAudio m => 96 + Max(m.StreamId),
        PlivoStop m => 96 + Max(m.StreamId),
        _ => throw new UnreachableException(message.GetType().Name),
    };

    public static int GetMaxByteCount(PlivoAgentMessage message) => message switch
    {
        PlivoPlayAudio m => 128 + Max(m.Format.Encoding) + Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        PlivoCheckpoint m => 64 + Max(m.StreamId) + Max(m.Name),
        PlivoClearAudio m => 64 + Max(m.StreamId),
        PlivoSendDtmf m => 64 + Max(m.Digits),
        _ => throw new UnreachableException(message.GetType().Name),
    };

    public static byte[] ToUtf8(PlivoProviderMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    public static byte[] ToUtf8(PlivoAgentMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    private static void ExtraHeaders(ref Utf8JsonSpanWriter w, string? extraHeaders)
    {
        if (extraHeaders is not null)
        {
            w.Raw(",\"extra_headers\":"u8);
            w.String(extraHeaders);
        }

        w.Raw("}"u8);
    }

    private static int Max(string? value) => Utf8JsonSpanWriter.MaxStringBytes(value);
}
