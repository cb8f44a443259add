using System.Diagnostics;
using Conformance.Streams.Json;

namespace Conformance.Streams.Generic;

/// <summary>
/// Writes generic-mode JSON control messages (Ultravox field names and order; Omnia's
/// "exactly one of text/delta" for transcripts). Audio is not written here: it is the raw bytes
/// of a binary message.
/// </summary>
public static class GenericWriter
{
    public static bool TryWrite(GenericServerMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case GenericState m:
                w.Raw("{\"type\":\"state\",\"state\":"u8);
                w.Raw(m.State switch
                {
                    GenericAgentState.Idle => "\"idle\""u8,
                    GenericAgentState.Listening => "\"listening\""u8,
                    GenericAgentState.Thinking => "\"thinking\""u8,
                    _ => "\"speaking\""u8,
                });
                w.Raw("}"u8);
                break;
            case GenericTranscript m:
                w.Raw("{\"type\":\"transcript\",\"role\":"u8);
                w.Raw(m.Role == TranscriptRole.Agent ? "\"agent\""u8 : "\"user\""u8);
                w.Raw(",\"medium\":"u8);
                w.Raw(m.Medium == TranscriptMedium.Voice ? "\"voice\""u8 : "\"text\""u8);
                if (m.Text is not null)
                {
                    w.Raw(",\"text\":"u8);
                    w.String(m.Text);
                }

                if (m.Delta is not null)
                {
                    w.Raw(",\"delta\":"u8);
                    w.String(m.Delta);
                }

                w.Raw(",\"final\":"u8);
                w.Boolean(m.Final);
                w.Raw(",\"ordinal\":"u8);
                w.Number(m.Ordinal);
                w.Raw("}"u8);
                break;
            case GenericPlaybackClearBuffer:
                w.Raw("{\"type\":\"playback_clear_buffer\"}"u8);
                break;
            case GenericPong m:
                w.Raw("{\"type\":\"pong\",\"timestamp\":"u8);
                w.Number(m.Timestamp);
                w.Raw("}"u8);
                break;
            case GenericCallEnded m:
                w.Raw(m.Name == GenericCallEndedName.Hangup ? "{\"type\":\"hangup\"}"u8 : "{\"type\":\"call_ended\"}"u8);
                break;
            case GenericError m:
                w.Raw("{\"type\":\"error\",\"code\":"u8);
                w.String(m.Code);
                w.Raw(",\"message\":"u8);
                w.String(m.Message);
                w.Raw("}"u8);
                break;
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    /// <summary>Client control messages (the harness's side). Audio chunks are not JSON and are refused.</summary>
    public static bool TryWrite(GenericClientMessage message, Span<byte> destination, out int bytesWritten)
    {
        ArgumentNullException.ThrowIfNull(message);
        var w = new Utf8JsonSpanWriter(destination);
        switch (message)
        {
            case GenericPing m:
                w.Raw("{\"type\":\"ping\",\"timestamp\":"u8);
                w.Number(m.Timestamp);
                w.Raw("}"u8);
                break;
            case GenericHangUp m:
                w.Raw("{\"type\":\"hang_up\""u8);
                if (m.Message is not null)
                {
                    w.Raw(",\"message\":"u8);
                    w.String(m.Message);
                }

                w.Raw("}"u8);
                break;
            case GenericUserTextMessage m:
                w.Raw("{\"type\":\"user_text_message\",\"text\":"u8);
                w.String(m.Text);
                if (m.Urgency is not null)
                {
                    w.Raw(",\"urgency\":"u8);
                    w.String(m.Urgency);
                }

                w.Raw("}"u8);
                break;
            case GenericClientToolResult m:
                w.Raw("{\"type\":\"client_tool_result\",\"invocationId\":"u8);
                w.String(m.InvocationId);
                if (m.Result is { } result)
                {
                    w.Raw(",\"result\":"u8);
                    w.Raw(System.Text.Encoding.UTF8.GetBytes(result.GetRawText()));
                }

                if (m.Error is { } error)
                {
                    w.Raw(",\"error\":"u8);
                    w.Raw(System.Text.Encoding.UTF8.GetBytes(error.GetRawText()));
                }

                w.Raw("}"u8);
                break;
            case GenericAudioChunk:
                throw new ArgumentException("Audio goes in a binary message as raw bytes, not JSON.", nameof(message));
            default:
                throw new UnreachableException(message.GetType().Name);
        }

        return w.TryComplete(out bytesWritten);
    }

    public static int GetMaxByteCount(GenericServerMessage message) => message switch
    {
        GenericTranscript m => 128 + Max(m.Text) + Max(m.Delta),
        GenericError m => 64 + Max(m.Code) + Max(m.Message),
        _ => 96,
    };

    public static int GetMaxByteCount(GenericClientMessage message) => message switch
    {
        GenericHangUp m => 64 + Max(m.Message),
        GenericUserTextMessage m => 96 + Max(m.Text) + Max(m.Urgency),
        GenericClientToolResult m => 96 + Max(m.InvocationId) + (m.Result?.GetRawText().Length * 3 ?? 0) + (m.Error?.GetRawText().Length * 3 ?? 0),
        _ => 96,
    };

    public static byte[] ToUtf8(GenericServerMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    public static byte[] ToUtf8(GenericClientMessage message)
    {
        var buffer = new byte[GetMaxByteCount(message)];
        return TryWrite(message, buffer, out var n) ? buffer[..n] : throw new UnreachableException("size bound too small");
    }

    private static int Max(string? value) => Utf8JsonSpanWriter.MaxStringBytes(value);
}
