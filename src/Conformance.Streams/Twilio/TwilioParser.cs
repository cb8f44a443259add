using System.Diagnostics.CodeAnalysis;
using Conformance.Streams.Json;

namespace Conformance.Streams.Twilio;

/// <summary>
/// Parses Twilio Media Streams messages, both directions (media-protocols.md §1.2–1.3). Pure: a
/// UTF-8 span in, a typed message and findings out; malformed input never throws.
/// Agent → Twilio is strict, as Twilio is (31950 binary, 31951 unknown type / missing or extra
/// field / wrong Stream SID). Twilio → agent tolerates undocumented fields with a warning, since
/// Twilio adds fields over time, but rejects unknown events and wrong types.
/// </summary>
public static class TwilioParser
{
    /// <summary>The same as <see cref="ParseProviderMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out TwilioProviderMessage? message, [NotNullWhen(false)] out StreamViolation? error, TwilioParserOptions? options = null)
    {
        var result = ParseProviderMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    /// <summary>The same as <see cref="ParseAgentMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out TwilioAgentMessage? message, [NotNullWhen(false)] out StreamViolation? error, TwilioParserOptions? options = null)
    {
        var result = ParseAgentMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    public static StreamParseResult<TwilioProviderMessage> ParseProviderMessage(
        FrameKind kind, ReadOnlySpan<byte> data, TwilioParserOptions? options = null)
    {
        options ??= TwilioParserOptions.Default;
        var violations = new List<StreamViolation>();
        var message = kind == FrameKind.Binary ? null : ReadProvider(data, options, violations);
        if (kind == FrameKind.Binary)
        {
            RejectBinary(violations);
        }

        return new(message, violations);
    }

    public static StreamParseResult<TwilioAgentMessage> ParseAgentMessage(
        FrameKind kind, ReadOnlySpan<byte> data, TwilioParserOptions? options = null)
    {
        options ??= TwilioParserOptions.Default;
        var violations = new List<StreamViolation>();
        var message = kind == FrameKind.Binary ? null : ReadAgent(data, options, violations);
        if (kind == FrameKind.Binary)
        {
            RejectBinary(violations);
        }

        return new(message, violations);
    }

    private static TwilioProviderMessage? ReadProvider(ReadOnlySpan<byte> data, TwilioParserOptions options, List<StreamViolation> violations)
    {
        using var document = JsonMessage.Open(data, options.MaxMessageBytes, violations);
        if (document is null)
        {
            return null;
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var name = root.RequiredString("event");
        TwilioProviderMessage? message = name switch
        {
            null => null,
            "connected" => ReadConnected(root),
            "start" => ReadStart(root),
            "media" => ReadMedia(root),
            "dtmf" => ReadDtmf(root),
            "mark" => ReadMarkEcho(root),
            "stop" => ReadStop(root),
            _ => UnknownEvent(root, name, "connected, start, media, dtmf, mark, stop"),
        };
        if (name is "connected" or "start" or "media" or "dtmf" or "mark" or "stop")
        {
            root.ReportUndocumented(ViolationSeverity.Warning);
        }

        return root.HasErrors ? null : message;
    }

    private static TwilioAgentMessage? ReadAgent(ReadOnlySpan<byte> data, TwilioParserOptions options, List<StreamViolation> violations)
    {
        using var document = JsonMessage.Open(data, options.MaxMessageBytes, violations);
        if (document is null)
        {
            return null;
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var name = root.RequiredString("event");
        var streamSid = root.RequiredString("streamSid");
        TwilioAgentMessage? message = null;
        switch (name)
        {
            case null:
                break;
            case "media":
                var media = root.RequiredObject("media");
                var payload = media?.RequiredBase64("payload");
                media?.ReportUndocumented(ViolationSeverity.Error);
                if (payload is { Length: 0 })
                {
                    media!.AddWarning(StreamViolationCode.InvalidValue, "payload", "An empty media payload plays nothing.");
                }

                message = streamSid is null || payload is null ? null : new TwilioOutboundMedia(streamSid, payload);
                break;
            case "mark":
                var mark = root.RequiredObject("mark");
                var markName = mark?.RequiredString("name");
                mark?.ReportUndocumented(ViolationSeverity.Error);
                message = streamSid is null || markName is null ? null : new TwilioOutboundMark(streamSid, markName);
                break;
            case "clear":
                message = streamSid is null ? null : new TwilioClear(streamSid);
                break;
            default:
                UnknownEvent(root, name, "media, mark, clear");
                return null;
        }

        root.ReportUndocumented(ViolationSeverity.Error);

        if (streamSid is not null && options.ExpectedStreamSid is { } expected && streamSid != expected)
        {
            root.AddError(StreamViolationCode.StreamIdMismatch, "streamSid",
                $"streamSid '{streamSid}' is not this stream's ('{expected}').");
        }

        return root.HasErrors ? null : message;
    }

    private static TwilioConnected? ReadConnected(JsonObjectReader root)
    {
        var protocol = root.RequiredString("protocol");
        var version = root.RequiredString("version");
        return protocol is null || version is null ? null : new TwilioConnected(protocol, version);
    }

    private static TwilioStart? ReadStart(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequenceNumber");
        var streamSid = root.RequiredString("streamSid");
        var start = root.RequiredObject("start");
        if (start is null)
        {
            return null;
        }

        var accountSid = start.RequiredString("accountSid");
        var innerSid = start.RequiredString("streamSid");
        var callSid = start.RequiredString("callSid");
        var tracks = start.RequiredStringArray("tracks");
        var format = ReadMediaFormat(start.RequiredObject("mediaFormat"));
        var custom = start.OptionalStringMap("customParameters") ?? new Dictionary<string, string>();
        start.ReportUndocumented(ViolationSeverity.Warning);

        if (innerSid is not null && streamSid is not null && innerSid != streamSid)
        {
            start.AddError(StreamViolationCode.StreamIdMismatch, "streamSid",
                $"start.streamSid '{innerSid}' differs from the message's streamSid '{streamSid}'.");
        }

        if (sequence is null || streamSid is null || accountSid is null || callSid is null || tracks is null || format is null)
        {
            return null;
        }

        return new TwilioStart(sequence.Value, streamSid, accountSid, callSid, tracks, format, custom);
    }

    private static TwilioMediaFormat? ReadMediaFormat(JsonObjectReader? format)
    {
        if (format is null)
        {
            return null;
        }

        var encoding = format.RequiredString("encoding");
        var rate = format.RequiredNumberInteger("sampleRate");
        var channels = format.RequiredNumberInteger("channels");
        format.ReportUndocumented(ViolationSeverity.Warning);
        if (encoding is not null and not TwilioMediaFormat.MuLaw)
        {
            format.AddError(StreamViolationCode.InvalidValue, "encoding", $"Twilio streams are always audio/x-mulaw, got '{encoding}'.");
        }

        if (rate is not null and not 8000)
        {
            format.AddError(StreamViolationCode.InvalidValue, "sampleRate", $"Twilio streams are always 8000 Hz, got {rate}.");
        }

        if (channels is not null and not 1)
        {
            format.AddError(StreamViolationCode.InvalidValue, "channels", $"Twilio streams are always mono, got {channels} channels.");
        }

        return encoding is null || rate is null || channels is null ? null : new TwilioMediaFormat(encoding, (int)rate, (int)channels);
    }

    private static TwilioMedia? ReadMedia(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequenceNumber");
        var streamSid = root.RequiredString("streamSid");
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
        if (sequence is null || streamSid is null || track is null || chunk is null || timestamp is null || payload is null)
        {
            return null;
        }

        return new TwilioMedia(sequence.Value, streamSid, track, chunk.Value, timestamp.Value, payload);
    }

    private static TwilioDtmf? ReadDtmf(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequenceNumber");
        var streamSid = root.RequiredString("streamSid");
        var dtmf = root.RequiredObject("dtmf");
        if (dtmf is null)
        {
            return null;
        }

        var track = dtmf.RequiredString("track");
        var digit = dtmf.RequiredString("digit");
        dtmf.ReportUndocumented(ViolationSeverity.Warning);
        if (digit is not null && !DtmfDigits.IsValid(digit))
        {
            dtmf.AddError(StreamViolationCode.InvalidValue, "digit", $"'{digit}' is not a DTMF digit (0-9, *, #, A-D).");
        }

        return sequence is null || streamSid is null || track is null || digit is null
            ? null
            : new TwilioDtmf(sequence.Value, streamSid, track, digit);
    }

    private static TwilioMarkEcho? ReadMarkEcho(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequenceNumber");
        var streamSid = root.RequiredString("streamSid");
        var mark = root.RequiredObject("mark");
        var name = mark?.RequiredString("name");
        mark?.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamSid is null || name is null ? null : new TwilioMarkEcho(sequence.Value, streamSid, name);
    }

    private static TwilioStop? ReadStop(JsonObjectReader root)
    {
        var sequence = root.RequiredStringInteger("sequenceNumber");
        var streamSid = root.RequiredString("streamSid");
        var stop = root.RequiredObject("stop");
        var accountSid = stop?.RequiredString("accountSid");
        var callSid = stop?.RequiredString("callSid");
        stop?.ReportUndocumented(ViolationSeverity.Warning);
        return sequence is null || streamSid is null || accountSid is null || callSid is null
            ? null
            : new TwilioStop(sequence.Value, streamSid, accountSid, callSid);
    }

    private static TwilioProviderMessage? UnknownEvent(JsonObjectReader root, string name, string known)
    {
        root.AddError(StreamViolationCode.UnknownEvent, "event", $"'{name}' is not a message in this direction (known: {known}).");
        return null;
    }

    private static void RejectBinary(List<StreamViolation> violations) =>
        violations.Add(StreamViolation.Error(StreamViolationCode.BinaryFrameNotAllowed, "frame",
            "Twilio Media Streams carry JSON text messages only (error 31950)."));
}
