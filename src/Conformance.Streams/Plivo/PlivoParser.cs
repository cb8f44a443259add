using System.Diagnostics.CodeAnalysis;
using Conformance.Streams.Json;

namespace Conformance.Streams.Plivo;

/// <summary>
/// Parses Plivo audio-stream messages, both directions (media-protocols.md §3.2–3.3). Counters are
/// numbers here (a string gets a warning), timestamps epoch-ms strings. <c>playAudio</c> is
/// checked against the stream's content type and rate when the options name them.
/// </summary>
public static class PlivoParser
{
    /// <summary>The same as <see cref="ParseProviderMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out PlivoProviderMessage? message, [NotNullWhen(false)] out StreamViolation? error, PlivoParserOptions? options = null)
    {
        var result = ParseProviderMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    /// <summary>The same as <see cref="ParseAgentMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out PlivoAgentMessage? message, [NotNullWhen(false)] out StreamViolation? error, PlivoParserOptions? options = null)
    {
        var result = ParseAgentMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    public static StreamParseResult<PlivoProviderMessage> ParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, PlivoParserOptions? options = null)
    {
        options ??= PlivoParserOptions.Default;
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
        PlivoProviderMessage? message = name switch
        {
            null => null,
            "start" => ReadStart(root),
            "media" => ReadMedia(root),
            "dtmf" => ReadDtmf(root),
            "playedStream" => ReadPlayed(root),
            "clearedAudio" => ReadCleared(root),
            "stop" => ReadStop(root),
            _ => Unknown(root, name, "start, media, dtmf, playedStream, clearedAudio"),
        };
        if (name is "start" or "media" or "dtmf" or "playedStream" or "clearedAudio" or "stop")
        {
            root.ReportUndocumented(ViolationSeverity.Warning);
        }

        return new(root.HasErrors ? null : message, violations);
    }

    public static StreamParseResult<PlivoAgentMessage> ParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, PlivoParserOptions? options = null)
    {
        options ??= PlivoParserOptions.Default;
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
        PlivoAgentMessage? message;
        string? streamId = null;
        switch (name)
        {
            case null:
                return new(null, violations);
            case "playAudio":
                message = ReadPlayAudio(root, options);
                break;
            case "checkpoint":
                streamId = root.RequiredString("streamId");
                var checkpointName = root.RequiredString("name");
                message = streamId is null || checkpointName is null ? null : new PlivoCheckpoint(streamId, checkpointName);
                break;
            case "clearAudio":
                streamId = root.RequiredString("streamId");
                message = streamId is null ? null : new PlivoClearAudio(streamId);
                break;
            case "sendDTMF":
                var digits = root.RequiredString("dtmf");
                if (digits is not null && (digits.Length == 0 || !digits.All(c => DtmfDigits.All.Contains(c, StringComparison.Ordinal))))
                {
                    root.AddError(StreamViolationCode.InvalidValue, "dtmf", $"'{digits}' is not a string of DTMF digits.");
                }

                message = digits is null ? null : new PlivoSendDtmf(digits);
                break;
            default:
                Unknown(root, name, "playAudio, checkpoint, clearAudio, sendDTMF");
                return new(null, violations);
        }

        root.ReportUndocumented(ViolationSeverity.Warning);
        if (streamId is not null && options.ExpectedStreamId is { } expected && streamId != expected)
        {
            root.AddError(StreamViolationCode.StreamIdMismatch, "streamId", $"streamId '{streamId}' is not this stream's ('{expected}').");
        }

        return new(root.HasErrors ? null : message, violations);
    }

    private static PlivoPlayAudio? ReadPlayAudio(JsonObjectReader root, PlivoParserOptions options)
    {
        var media = root.RequiredObject("media");
        if (media is null)
        {
            return null;
        }

        var contentType = media.RequiredString("contentType");
        var rate = media.RequiredNumberInteger("sampleRate");
        var payload = media.RequiredBase64("payload");
        media.ReportUndocumented(ViolationSeverity.Warning);
        if (contentType is null || rate is null || payload is null)
        {
            return null;
        }

        var format = new PlivoMediaFormat(contentType, (int)Math.Min(rate.Value, int.MaxValue));
        if (format.ToAudioFormat(PcmByteOrder.LittleEndian) is null)
        {
            media.AddError(StreamViolationCode.InvalidValue, "contentType",
                $"{contentType} at {rate} Hz is not a Plivo stream format (audio/x-mulaw 8000, audio/x-l16 8000 or 16000).");
        }
        else if (options.ExpectedFormat is { } expected && expected != format)
        {
            media.AddError(StreamViolationCode.FormatMismatch, expected.Encoding != format.Encoding ? "contentType" : "sampleRate",
                $"playAudio is {format.ContentTypeAttribute} but the stream is {expected.ContentTypeAttribute}; Plivo requires them to match.");
        }

        return new PlivoPlayAudio(format, payload);
    }

    private static PlivoStart? ReadStart(JsonObjectReader root)
    {
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var extra = root.OptionalString("extra_headers");
        var start = root.RequiredObject("start");
        if (start is null)
        {
            return null;
        }

        var callId = start.RequiredString("callId");
        var streamId = start.RequiredString("streamId");
        var accountId = start.RequiredString("accountId");
        var tracks = start.RequiredStringArray("tracks");
        var formatReader = start.RequiredObject("mediaFormat");
        var encoding = formatReader?.RequiredString("encoding");
        var rate = formatReader?.RequiredNumberInteger("sampleRate");
        formatReader?.ReportUndocumented(ViolationSeverity.Warning);
        start.ReportUndocumented(ViolationSeverity.Warning);
        PlivoMediaFormat? format = null;
        if (encoding is not null && rate is not null)
        {
            format = new PlivoMediaFormat(encoding, (int)Math.Min(rate.Value, int.MaxValue));
            if (format.ToAudioFormat(PcmByteOrder.LittleEndian) is null)
            {
                formatReader!.AddError(StreamViolationCode.InvalidValue, "encoding",
                    $"{encoding} at {rate} Hz is not a Plivo stream format (audio/x-mulaw 8000, audio/x-l16 8000 or 16000).");
            }
        }

        return sequence is null || callId is null || streamId is null || accountId is null || tracks is null || format is null
            ? null
            : new PlivoStart(sequence.Value, callId, streamId, accountId, tracks, format, extra);
    }

    private static PlivoMedia? ReadMedia(JsonObjectReader root)
    {
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var streamId = root.RequiredString("streamId");
        var extra = root.OptionalString("extra_headers");
        var media = root.RequiredObject("media");
        if (media is null)
        {
            return null;
        }

        var track = media.RequiredString("track");
        var timestamp = media.RequiredStringInteger("timestamp");
        var chunk = media.RequiredNumberInteger("chunk");
        var payload = media.RequiredBase64("payload");
        media.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamId is null || track is null || timestamp is null || chunk is null || payload is null
            ? null
            : new PlivoMedia(sequence.Value, streamId, track, timestamp.Value, chunk.Value, payload, extra);
    }

    private static PlivoDtmf? ReadDtmf(JsonObjectReader root)
    {
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var streamId = root.RequiredString("streamId");
        var extra = root.OptionalString("extra_headers");
        var dtmf = root.RequiredObject("dtmf");
        if (dtmf is null)
        {
            return null;
        }

        var track = dtmf.RequiredString("track");
        var digit = dtmf.RequiredString("digit");
        var timestamp = dtmf.RequiredStringInteger("timestamp");
        dtmf.ReportUndocumented(ViolationSeverity.Warning);
        if (digit is not null && !DtmfDigits.IsValid(digit))
        {
            dtmf.AddError(StreamViolationCode.InvalidValue, "digit", $"'{digit}' is not a DTMF digit (0-9, *, #, A-D).");
        }

        return sequence is null || streamId is null || track is null || digit is null || timestamp is null
            ? null
            : new PlivoDtmf(sequence.Value, streamId, track, digit, timestamp.Value, extra);
    }

    private static PlivoCheckpointPlayed? ReadPlayed(JsonObjectReader root)
    {
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var streamId = root.RequiredString("streamId");
        var name = root.RequiredString("name");
        return sequence is null || streamId is null || name is null ? null : new PlivoCheckpointPlayed(sequence.Value, streamId, name);
    }

    private static PlivoClearedAudio? ReadCleared(JsonObjectReader root)
    {
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var streamId = root.RequiredString("streamId");
        return sequence is null || streamId is null ? null : new PlivoClearedAudio(sequence.Value, streamId);
    }

    private static PlivoStop? ReadStop(JsonObjectReader root)
    {
        root.AddWarning(StreamViolationCode.UnknownEvent, "event", "Plivo documents no 'stop' event; the socket simply closes.");
        var sequence = root.RequiredNumberInteger("sequenceNumber");
        var streamId = root.RequiredString("streamId");
        return sequence is null || streamId is null ? null : new PlivoStop(sequence.Value, streamId);
    }

    private static PlivoProviderMessage? Unknown(JsonObjectReader root, string name, string known)
    {
        root.AddError(StreamViolationCode.UnknownEvent, "event", $"'{name}' is not a message in this direction (known: {known}).");
        return null;
    }

    private static void RejectBinary(List<StreamViolation> violations) =>
        violations.Add(StreamViolation.Error(StreamViolationCode.BinaryFrameNotAllowed, "frame",
            "Plivo audio streams carry JSON text messages only."));
}
