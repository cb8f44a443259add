using System.Diagnostics.CodeAnalysis;
using Conformance.Streams.Json;

namespace Conformance.Streams.Generic;

/// <summary>
/// Parses the generic mode both ways: binary messages are audio, text messages are JSON objects
/// with a <c>type</c>. Undocumented fields are warnings; unknown types, wrong types and
/// malformed JSON are errors.
/// </summary>
public static class GenericParser
{
    /// <summary>The same as <see cref="ParseClientMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseClientMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out GenericClientMessage? message, [NotNullWhen(false)] out StreamViolation? error, GenericParserOptions? options = null)
    {
        var result = ParseClientMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    /// <summary>The same as <see cref="ParseServerMessage"/>, as a try-pattern: the message, or the error to close the socket with.</summary>
    public static bool TryParseServerMessage(
        FrameKind kind, ReadOnlySpan<byte> data, [NotNullWhen(true)] out GenericServerMessage? message, [NotNullWhen(false)] out StreamViolation? error, GenericParserOptions? options = null)
    {
        var result = ParseServerMessage(kind, data, options);
        message = result.Message;
        error = message is null ? result.Error! : null;
        return message is not null;
    }

    public static StreamParseResult<GenericClientMessage> ParseClientMessage(
        FrameKind kind, ReadOnlySpan<byte> data, GenericParserOptions? options = null)
    {
        options ??= GenericParserOptions.Default;
        var violations = new List<StreamViolation>();
        if (kind == FrameKind.Binary)
        {
            return ReadAudio(data, options, violations);
        }

        using var document = JsonMessage.Open(data, options.MaxTextBytes, violations);
        if (document is null)
        {
            return new(null, violations);
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var type = root.RequiredString("type");
        GenericClientMessage? message;
        switch (type)
        {
            case null:
                return new(null, violations);
            case "ping":
                var timestamp = root.OptionalNumber("timestamp") ?? 0;
                message = new GenericPing(timestamp);
                break;
            case "hang_up":
                message = new GenericHangUp(root.OptionalString("message"));
                break;
            case "user_text_message":
                var text = root.RequiredString("text");
                var urgency = root.OptionalString("urgency");
                message = text is null ? null : new GenericUserTextMessage(text, urgency);
                break;
            case "client_tool_result":
                var invocationId = root.RequiredString("invocationId");
                var result = root.OptionalAny("result");
                var error = root.OptionalAny("error");
                if (result.HasValue == error.HasValue)
                {
                    root.AddError(result.HasValue ? StreamViolationCode.InvalidValue : StreamViolationCode.MissingField, "result",
                        "client_tool_result carries exactly one of 'result' or 'error'.");
                }

                message = invocationId is null ? null : new GenericClientToolResult(invocationId, result, error);
                break;
            default:
                root.AddError(StreamViolationCode.UnknownEvent, "type",
                    $"'{type}' is not a client message (known: ping, hang_up, user_text_message, client_tool_result).");
                return new(null, violations);
        }

        root.ReportUndocumented(ViolationSeverity.Warning);
        return new(root.HasErrors ? null : message, violations);
    }

    public static StreamParseResult<GenericServerMessage> ParseServerMessage(
        FrameKind kind, ReadOnlySpan<byte> data, GenericParserOptions? options = null)
    {
        options ??= GenericParserOptions.Default;
        var violations = new List<StreamViolation>();
        if (kind == FrameKind.Binary)
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.UnexpectedFrameKind, "frame",
                "Binary messages carry audio; read them as audio, not as control messages."));
            return new(null, violations);
        }

        using var document = JsonMessage.Open(data, options.MaxTextBytes, violations);
        if (document is null)
        {
            return new(null, violations);
        }

        var root = new JsonObjectReader(document.RootElement, "$", violations);
        var type = root.RequiredString("type");
        GenericServerMessage? message;
        switch (type)
        {
            case null:
                return new(null, violations);
            case "state":
                var state = root.RequiredString("state");
                GenericAgentState? parsed = state switch
                {
                    "idle" => GenericAgentState.Idle,
                    "listening" => GenericAgentState.Listening,
                    "thinking" => GenericAgentState.Thinking,
                    "speaking" => GenericAgentState.Speaking,
                    _ => null,
                };
                if (state is not null && parsed is null)
                {
                    root.AddError(StreamViolationCode.InvalidValue, "state", $"'{state}' is not idle, listening, thinking or speaking.");
                }

                message = parsed is null ? null : new GenericState(parsed.Value);
                break;
            case "transcript":
                message = ReadTranscript(root);
                break;
            case "playback_clear_buffer":
                message = new GenericPlaybackClearBuffer();
                break;
            case "pong":
                message = new GenericPong(root.OptionalNumber("timestamp") ?? 0);
                break;
            case "call_ended":
                message = new GenericCallEnded(GenericCallEndedName.CallEnded);
                break;
            case "hangup":
                message = new GenericCallEnded(GenericCallEndedName.Hangup);
                break;
            case "error":
                var code = root.OptionalString("code") ?? "";
                var text = root.OptionalString("message") ?? "";
                message = new GenericError(code, text);
                break;
            default:
                root.AddError(StreamViolationCode.UnknownEvent, "type",
                    $"'{type}' is not a server message (known: state, transcript, playback_clear_buffer, pong, call_ended, hangup, error).");
                return new(null, violations);
        }

        root.ReportUndocumented(ViolationSeverity.Warning);
        return new(root.HasErrors ? null : message, violations);
    }

    private static GenericTranscript? ReadTranscript(JsonObjectReader root)
    {
        var role = root.RequiredString("role");
        var ordinal = root.RequiredNumberInteger("ordinal");
        var final = root.RequiredBoolean("final");
        var medium = root.OptionalString("medium") ?? "voice";
        var text = root.Has("text") ? root.OptionalString("text") : null;
        var delta = root.Has("delta") ? root.OptionalString("delta") : null;
        TranscriptRole? parsedRole = role switch
        {
            "user" => TranscriptRole.User,
            "agent" => TranscriptRole.Agent,
            _ => null,
        };
        if (role is not null && parsedRole is null)
        {
            root.AddError(StreamViolationCode.InvalidValue, "role", $"'{role}' is not user or agent.");
        }

        TranscriptMedium? parsedMedium = medium switch
        {
            "voice" => TranscriptMedium.Voice,
            "text" => TranscriptMedium.Text,
            _ => null,
        };
        if (parsedMedium is null)
        {
            root.AddError(StreamViolationCode.InvalidValue, "medium", $"'{medium}' is not voice or text.");
        }

        if ((text is null) == (delta is null))
        {
            root.AddError(text is null ? StreamViolationCode.MissingField : StreamViolationCode.InvalidValue, "text",
                "A transcript carries exactly one of 'text' (replace) or 'delta' (append).");
        }

        if (ordinal is > int.MaxValue)
        {
            root.AddError(StreamViolationCode.InvalidValue, "ordinal", $"ordinal {ordinal} is out of range.");
            return null;
        }

        return parsedRole is null || ordinal is null || final is null || parsedMedium is null
            ? null
            : new GenericTranscript(parsedRole.Value, (int)ordinal.Value, text, delta, final.Value, parsedMedium.Value);
    }

    private static StreamParseResult<GenericClientMessage> ReadAudio(ReadOnlySpan<byte> data, GenericParserOptions options, List<StreamViolation> violations)
    {
        if (data.Length > options.MaxBinaryBytes)
        {
            violations.Add(StreamViolation.Error(StreamViolationCode.FrameTooLarge, "frame",
                $"The audio message is {data.Length} bytes; the limit is {options.MaxBinaryBytes}."));
            return new(null, violations);
        }

        if (data.IsEmpty)
        {
            violations.Add(StreamViolation.Warning(StreamViolationCode.EmptyFrame, "frame", "An empty audio message carries no samples."));
        }

        return new(new GenericAudioChunk(data.ToArray()), violations);
    }
}
