using System.Diagnostics.CodeAnalysis;
using Conformance.Streams.Json;

namespace Conformance.Streams.Telnyx;

/// <summary>
/// Parses Telnyx media-streaming messages, both directions (media-protocols.md §2.2–2.3). Telnyx
/// documents no rule about extra fields, so they are warnings both ways; binary messages, unknown
/// events, bad base64 and wrong types are errors (Telnyx answers <c>malformed_frame</c> /
/// <c>invalid_media</c>).
/// </summary>
public static class TelnyxParser
{
    /// <summary>The same as <see cref="ParseProviderMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out TelnyxProviderMessage? message, [NotNullWhen(false)] out StreamViolation? error, TelnyxParserOptions? options = null)
    {
        var result = ParseProviderMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    /// <summary>The same as <see cref="ParseAgentMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out TelnyxAgentMessage? message, [NotNullWhen(false)] out StreamViolation? error, TelnyxParserOptions? options = null)
    {
        var result = ParseAgentMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    public static StreamParseResult<TelnyxProviderMessage> ParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, TelnyxParserOptions? options = null)
    {
        options ??= TelnyxParserOptions.Default;
        var violations = new List<StreamViolation>();
        if (kind == FrameKind.Binary)
        {
            RejectBinary(violations);
            return new(null, violations);
        }

        using var document = JsonMessage.Open(data, options.MaxMessageBytes, violations);
        if (document is null)
        {
            return new(null, violations);
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var name = root.RequiredString("event");
        TelnyxProviderMessage? message = name switch
        {
            null => null,
            "connected" => ReadConnected(root),
            "start" => ReadStart(root),
            "media" => ReadMedia(root),
            "dtmf" => ReadDtmf(root),
            "mark" => ReadMark(root),
            "error" => ReadError(root),
            "stop" => ReadStop(root),
            _ => Unknown(root, name, "connected, start, media, dtmf, mark, error, stop"),
        };
        if (name is "connected" or "start" or "media" or "dtmf" or "mark" or "error" or "stop")
        {
            root.ReportUndocumented(ViolationSeverity.Warning);
        }

        return new(root.HasErrors ? null : message, violations);
    }

    public static StreamParseResult<TelnyxAgentMessage> ParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, TelnyxParserOptions? options = null)
    {
        options ??= TelnyxParserOptions.Default;
        var violations = new List<StreamViolation>();
        if (kind == FrameKind.Binary)
        {
            RejectBinary(violations);
            return new(null, violations);
        }

        using var document = JsonMessage.Open(data, options.MaxMessageBytes, violations);
        if (document is null)
        {
            return new(null, violations);
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var name = root.RequiredString("event");
        var streamId = root.OptionalString("stream_id");
        TelnyxAgentMessage? message;
        switch (name)
        {
            case null:
                return new(null, violations);
            case "media":
                var media = root.RequiredObject("media");
                var payload = media?.RequiredBase64("payload");
                media?.ReportUndocumented(ViolationSeverity.Warning);
                message = payload is null ? null : new TelnyxOutboundMedia(payload, streamId);
                break;
            case "mark":
                var mark = root.RequiredObject("mark");
                var markName = mark?.RequiredString("name");
                mark?.ReportUndocumented(ViolationSeverity.Warning);
                message = markName is null ? null : new TelnyxOutboundMark(markName, streamId);
                break;
            case "clear":
                message = new TelnyxClear(streamId);
                break;
            default:
                Unknown(root, name, "media, mark, clear");
                return new(null, violations);
        }

        root.ReportUndocumented(ViolationSeverity.Warning);
        if (streamId is not null && options.ExpectedStreamId is { } expected && streamId != expected)
        {
            root.AddError(StreamViolationCode.StreamIdMismatch, "stream_id", $"stream_id '{streamId}' is not this stream's ('{expected}').");
        }

        return new(root.HasErrors ? null : message, violations);
    }

    private static TelnyxConnected? ReadConnected(JsonObjectReader root)
    {
        var version = root.RequiredString("version");
        return version is null ? null : new TelnyxConnected(version);
    }

    private static TelnyxStart? ReadStart(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequence_number");
        var streamId = root.RequiredString("stream_id");
        var start = root.RequiredObject("start");
        if (start is null)
        {
            return null;
        }

        var userId = start.OptionalString("user_id");
        var callControlId = start.RequiredString("call_control_id");
        var callSessionId = start.OptionalString("call_session_id");
        var from = start.OptionalString("from");
        var to = start.OptionalString("to");
        var tags = start.OptionalStringArray("tags");
        var clientState = start.OptionalString("client_state");
        var format = ReadFormat(start.RequiredObject("media_format"));
        start.ReportUndocumented(ViolationSeverity.Warning);
        if (sequence is null || streamId is null || callControlId is null || format is null)
        {
            return null;
        }

        return new TelnyxStart(sequence.Value, streamId, callControlId, format, userId, callSessionId, from, to, tags, clientState);
    }

    private static TelnyxMediaFormat? ReadFormat(JsonObjectReader? format)
    {
        if (format is null)
        {
            return null;
        }

        var encoding = format.RequiredString("encoding");
        var rate = format.RequiredNumberInteger("sample_rate");
        var channels = format.OptionalNumberInteger("channels") ?? 1;
        format.ReportUndocumented(ViolationSeverity.Warning);
        if (encoding is null || rate is null)
        {
            return null;
        }

        var result = new TelnyxMediaFormat(encoding, (int)Math.Min(rate.Value, int.MaxValue), (int)Math.Min(channels, int.MaxValue));
        if (result.ToAudioFormat() is null)
        {
            format.AddError(StreamViolationCode.InvalidValue, "encoding",
                $"{encoding} at {rate} Hz is not supported here (PCMU/PCMA at 8000 Hz, L16 at 8000/16000/24000/48000 Hz).");
        }

        if (channels != 1)
        {
            format.AddError(StreamViolationCode.InvalidValue, "channels", $"Media streams are mono, got {channels} channels.");
        }

        return result;
    }

    private static TelnyxMedia? ReadMedia(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequence_number");
        var streamId = root.RequiredString("stream_id");
        var media = root.RequiredObject("media");
        if (media is null)
        {
            return null;
        }

        var track = media.RequiredString("track");
        var chunk = media.RequiredStringInteger("chunk");
        var timestamp = media.RequiredStringInteger("timestamp");
        var payload = media.RequiredBase64("payload");
        media.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamId is null || track is null || chunk is null || timestamp is null || payload is null
            ? null
            : new TelnyxMedia(sequence.Value, streamId, track, chunk.Value, timestamp.Value, payload);
    }

    private static TelnyxDtmf? ReadDtmf(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequence_number");
        var streamId = root.RequiredString("stream_id");
        var occurredAt = root.OptionalString("occurred_at");
        var dtmf = root.RequiredObject("dtmf");
        var digit = dtmf?.RequiredString("digit");
        dtmf?.ReportUndocumented(ViolationSeverity.Warning);
        if (digit is not null && !DtmfDigits.IsValid(digit))
        {
            dtmf!.AddError(StreamViolationCode.InvalidValue, "digit", $"'{digit}' is not a DTMF digit (0-9, *, #, A-D).");
        }

        return sequence is null || streamId is null || digit is null ? null : new TelnyxDtmf(sequence.Value, streamId, digit, occurredAt);
    }

    private static TelnyxMarkEcho? ReadMark(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequence_number");
        var streamId = root.RequiredString("stream_id");
        var mark = root.RequiredObject("mark");
        var name = mark?.RequiredString("name");
        mark?.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamId is null || name is null ? null : new TelnyxMarkEcho(sequence.Value, streamId, name);
    }

    private static TelnyxError? ReadError(JsonObjectReader root)
    {
        var streamId = root.OptionalString("stream_id");
        root.OptionalStringInteger("sequence_number");
        var payload = root.RequiredObject("payload");
        if (payload is null)
        {
            return null;
        }

        var code = payload.RequiredNumberInteger("code");
        var title = payload.RequiredString("title");
        var detail = payload.OptionalString("detail") ?? "";
        payload.ReportUndocumented(ViolationSeverity.Warning);
        if (code is not null and not (>= TelnyxErrorCodes.UnknownError and <= TelnyxErrorCodes.RateLimitReached))
        {
            payload.AddWarning(StreamViolationCode.InvalidValue, "code", $"{code} is not a documented media-streaming error code.");
        }

        return code is null || title is null ? null : new TelnyxError(streamId, (int)Math.Min(code.Value, int.MaxValue), title, detail);
    }

    private static TelnyxStop? ReadStop(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequence_number");
        var streamId = root.RequiredString("stream_id");
        var stop = root.RequiredObject("stop");
        var userId = stop?.OptionalString("user_id");
        var callControlId = stop?.RequiredString("call_control_id");
        stop?.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamId is null || callControlId is null ? null : new TelnyxStop(sequence.Value, streamId, callControlId, userId);
    }

    private static TelnyxProviderMessage? Unknown(JsonObjectReader root, string name, string known)
    {
        root.AddError(StreamViolationCode.UnknownEvent, "event", $"'{name}' is not a message in this direction (known: {known}).");
        return null;
    }

    private static void RejectBinary(List<StreamViolation> violations) =>
        violations.Add(StreamViolation.Error(StreamViolationCode.BinaryFrameNotAllowed, "frame",
            "Telnyx media streaming carries JSON text messages only."));
}
