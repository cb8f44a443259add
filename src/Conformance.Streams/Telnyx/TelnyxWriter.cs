using System.Diagnostics;
using Conformance.Streams.Json;

namespace Conformance.Streams.Telnyx;

/// <summary>
/// Writes Telnyx media-streaming messages as documented (media-protocols.md §2.2–2.3): documented
/// field order, counters as strings, optional fields omitted when absent, compact JSON.
/// </summary>
public static class TelnyxWriter
{
    public static bool TryWrite(TelnyxProviderMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case TelnyxConnected m:
                w.Raw("{\"event\":\"connected\",\"version\":"u8);
                w.String(m.Version);
                w.Raw("}"u8);
                break;
            case TelnyxStart m:
                w.Raw("{\"event\":\"start\",\"sequence_number\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"start\":{"u8);
                if (m.UserId is not null)
                {
                    w.Raw("\"user_id\":"u8);
                    w.String(m.UserId);
                    w.Raw(","u8);
                }

                w.Raw("\"call_control_id\":"u8);
                w.String(m.CallControlId);
                OptionalString(ref w, ",\"call_session_id\":"u8, m.CallSessionId);
                OptionalString(ref w, ",\"from\":"u8, m.From);
                OptionalString(ref w, ",\"to\":"u8, m.To);
                if (m.Tags is not null)
                {
                    w.Raw(",\"tags\":["u8);
                    for (var i = 0; i < m.Tags.Count; i++)
                    {
                        if (i > 0)
                        {
                            w.Raw(","u8);
                        }

                        w.String(m.Tags[i]);
                    }

                    w.Raw("]"u8);
                }

                OptionalString(ref w, ",\"client_state\":"u8, m.ClientState);
                w.Raw(",\"media_format\":{\"encoding\":"u8);
                w.String(m.MediaFormat.Encoding);
                w.Raw(",\"sample_rate\":"u8);
                w.Number(m.MediaFormat.SampleRate);
                w.Raw(",\"channels\":"u8);
                w.Number(m.MediaFormat.Channels);
                w.Raw("}},\"stream_id\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            case TelnyxMedia m:
                w.Raw("{\"event\":\"media\",\"sequence_number\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"media\":{\"track\":"u8);
                w.String(m.Track);
                w.Raw(",\"chunk\":"u8);
                w.NumberAsString(m.Chunk);
                w.Raw(",\"timestamp\":"u8);
                w.NumberAsString(m.Timestamp);
                w.Raw(",\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("},\"stream_id\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            case TelnyxDtmf m:
                w.Raw("{\"event\":\"dtmf\",\"stream_id\":"u8);
                w.String(m.StreamId);
                OptionalString(ref w, ",\"occurred_at\":"u8, m.OccurredAt);
                w.Raw(",\"sequence_number\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"dtmf\":{\"digit\":"u8);
                w.String(m.Digit);
                w.Raw("}}"u8);
                break;
            case TelnyxMarkEcho m:
                w.Raw("{\"event\":\"mark\",\"stream_id\":"u8);
                w.String(m.StreamId);
                w.Raw(",\"sequence_number\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"mark\":{\"name\":"u8);
                w.String(m.Name);
                w.Raw("}}"u8);
                break;
            case TelnyxError m:
                w.Raw("{\"event\":\"error\",\"payload\":{\"code\":"u8);
                w.Number(m.Code);
                w.Raw(",\"title\":"u8);
                w.String(m.Title);
                w.Raw(",\"detail\":"u8);
                w.String(m.Detail);
                w.Raw("}"u8);
                OptionalString(ref w, ",\"stream_id\":"u8, m.StreamId);
                w.Raw("}"u8);
                break;
            case TelnyxStop m:
                w.Raw("{\"event\":\"stop\",\"sequence_number\":"u8);
                w.NumberAsString(m.SequenceNumber);
                w.Raw(",\"stop\":{"u8);
                if (m.UserId is not null)
                {
                    w.Raw("\"user_id\":"u8);
                    w.String(m.UserId);
                    w.Raw(","u8);
                }

                w.Raw("\"call_control_id\":"u8);
                w.String(m.CallControlId);
                w.Raw("},\"stream_id\":"u8);
                w.String(m.StreamId);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    public static bool TryWrite(TelnyxAgentMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case TelnyxOutboundMedia m:
                w.Raw("{\"event\":\"media\",\"media\":{\"payload\":"u8);
                w.Base64String(m.Payload.Span);
                w.Raw("}"u8);
                break;
            case TelnyxOutboundMark m:
                w.Raw("{\"event\":\"mark\",\"mark\":{\"name\":"u8);
                w.String(m.Name);
                w.Raw("}"u8);
                break;
            case TelnyxClear:
                w.Raw("{\"event\":\"clear\""u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        OptionalString(ref w, ",\"stream_id\":"u8, message.StreamId);
        w.Raw("}"u8);
        return w.TryComplete(out bytesWritten);
    }

    public static int GetMaxByteCount(TelnyxProviderMessage message) => message switch
    {
        TelnyxStart m => 320 + Max(m.StreamId) + Max(m.CallControlId) + Max(m.UserId) + Max(m.CallSessionId) + Max(m.From) + Max(m.To)
            + Max(m.ClientState) + Max(m.MediaFormat.Encoding) + (m.Tags?.Sum(t => Max(t) + 1) ?? 0),
        TelnyxMedia m => 160 + Max(m.StreamId) + Max(m.Track) + Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        TelnyxConnected m => 48 + Max(m.Version),
        TelnyxDtmf m => 128 + Max(m.StreamId) + Max(m.OccurredAt) + Max(m.Digit),
        TelnyxMarkEcho m => 128 + Max(m.StreamId) + Max(m.Name),
        TelnyxError m => 128 + Max(m.StreamId) + Max(m.Title) + Max(m.Detail),
        TelnyxStop m => 128 + Max(m.StreamId) + Max(m.UserId) + Max(m.CallControlId),
        _ => throw new UnreachableException(message.GetType().Name),
    };

    public static int GetMaxByteCount(TelnyxAgentMessage message) => 64 + Max(message.StreamId) + message switch
    {
        TelnyxOutboundMedia m => Utf8JsonSpanWriter.MaxBase64Bytes(m.Payload.Length),
        TelnyxOutboundMark m => Max(m.Name),
        _ => 0,
    };

    public static byte[] ToUtf8(TelnyxProviderMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    public static byte[] ToUtf8(TelnyxAgentMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    private static void OptionalString(ref Utf8JsonSpanWriter w, ReadOnlySpan<byte> prefix, string? value)
    {
        if (value is not null)
        {
            w.Raw(prefix);
            w.String(value);
        }
    }

    private static int Max(string? value) => Utf8JsonSpanWriter.MaxStringBytes(value);
}
