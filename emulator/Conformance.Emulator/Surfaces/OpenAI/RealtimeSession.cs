using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.OpenAI;

/// <summary>
/// <c>RealtimeSessionCreateRequestGA</c> (vendors.md §5.5–5.7): validated field by field and
/// resolved into the session object OpenAI echoes (<c>object: realtime.session</c>) with the GA
/// defaults filled in. Unknown fields — including the beta interface's flat
/// <c>input_audio_format</c> — are rejected as OpenAI's GA API does (OAI-SESS-002).
/// </summary>
public static class RealtimeSession
{
    public const string DefaultModel = "gpt-realtime";

    /// <summary>A session request with every default: <c>{"type":"realtime"}</c>.</summary>
    public static JsonObject Minimal() => new() { ["type"] = "realtime" };

    private static readonly string[] s_fields =
    [
        "type", "model", "instructions", "output_modalities", "audio", "tools", "tool_choice", "parallel_tool_calls",
        "max_output_tokens", "reasoning", "truncation", "tracing", "include", "prompt",
    ];

    /// <summary>Validates the session object <paramref name="reader"/> reads and returns the resolved session.</summary>
    public static JsonObject Resolve(FieldReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var request = reader.Source;
        var r = reader;
        r.RejectUnknown(s_fields);
        r.ReadEnum("type", ["realtime"], required: true);
        var model = r.ReadString("model", minLength: 1, maxLength: 128) ?? DefaultModel;
        var instructions = r.ReadString("instructions", maxLength: 100_000);
        var modalities = OutputModalities(r);
        var (inputFormat, outputFormat, turnDetection, voice, speed, transcription, noise) = Audio(r);
        var toolChoice = request["tool_choice"] switch
        {
            null => (JsonNode)"auto",
            JsonValue v when v.TryGetValue<string>(out var s) && s is "auto" or "none" or "required" => s,
            JsonObject o => o.DeepClone(),
            _ => Invalid(r, "tool_choice", "tool_choice must be 'auto', 'none', 'required' or a tool object"),
        };
        r.ReadArray("tools");
        r.ReadBoolean("parallel_tool_calls");
        var maxTokens = request["max_output_tokens"] switch
        {
            null => (JsonNode)"inf",
            JsonValue v when v.TryGetValue<string>(out var s) && s == "inf" => "inf",
            JsonValue v when v.TryGetValue<long>(out var n) && n is >= 1 and <= 4096 => n,
            _ => Invalid(r, "max_output_tokens", "max_output_tokens must be an integer from 1 to 4096 or \"inf\""),
        };
        string? effort = null;
        if (r.ReadObject("reasoning") is { } reasoning)
        {
            var rr = r.Nested("reasoning", reasoning);
            rr.RejectUnknown(["effort"]);
            effort = rr.ReadEnum("effort", ["minimal", "low", "medium", "high", "xhigh"]);
        }

        var session = new JsonObject
        {
            ["type"] = "realtime",
            ["object"] = "realtime.session",
            ["id"] = "sess_" + PublicIds.NewHex(12),
            ["model"] = model,
            ["output_modalities"] = modalities,
            ["instructions"] = instructions ?? string.Empty,
            ["tools"] = request["tools"]?.DeepClone() ?? new JsonArray(),
            ["tool_choice"] = toolChoice,
            ["max_output_tokens"] = maxTokens,
            ["tracing"] = request["tracing"]?.DeepClone(),
            ["truncation"] = request["truncation"]?.DeepClone() ?? "auto",
            ["prompt"] = request["prompt"]?.DeepClone(),
            ["expires_at"] = 0,
            ["audio"] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["format"] = inputFormat,
                    ["transcription"] = transcription,
                    ["noise_reduction"] = noise,
                    ["turn_detection"] = turnDetection,
                },
                ["output"] = new JsonObject { ["format"] = outputFormat, ["voice"] = voice, ["speed"] = speed },
            },
            ["include"] = request["include"]?.DeepClone(),
        };
        if (effort is not null)
        {
            session["reasoning"] = new JsonObject { ["effort"] = effort };
        }

        return session;
    }

    /// <summary>The turn knobs a resolved session carries (turn-semantics.md §1: server_vad onto the emulator's engine).</summary>
    public static TurnKnobs Knobs(JsonObject session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var detection = session["audio"]?["input"]?["turn_detection"];
        if (detection is not JsonObject td)
        {
            return new TurnKnobs { TurnDetectionEnabled = false };
        }

        var semantic = JsonRead.AsString(td["type"]) == "semantic_vad";
        var interrupt = JsonRead.AsBool(td["interrupt_response"]);
        return new TurnKnobs
        {
            TurnDetectionEnabled = true,
            VadThreshold = semantic ? null : JsonRead.AsDouble(td["threshold"]),
            PrefixPaddingMs = semantic ? null : JsonRead.AsInt(td["prefix_padding_ms"]),
            SilenceThresholdMs = semantic ? null : JsonRead.AsInt(td["silence_duration_ms"]),
            CreateResponse = JsonRead.AsBool(td["create_response"]),
            InterruptResponse = interrupt,
            IdleTimeoutMs = semantic ? null : JsonRead.AsInt(td["idle_timeout_ms"]),
            Eagerness = semantic ? JsonRead.AsString(td["eagerness"]) : null,
            BargeIn = interrupt == false ? BargeInMode.Off : BargeInMode.Instant,
        };
    }

    private static JsonArray OutputModalities(FieldReader r)
    {
        if (r.ReadArray("output_modalities") is not { } array)
        {
            return ["audio"];
        }

        if (array.Count != 1 || array[0] is not JsonValue v || !v.TryGetValue<string>(out var m) || m is not ("audio" or "text"))
        {
            r.Fail("output_modalities", FieldErrorKind.Invalid, "output_modalities must be [\"audio\"] or [\"text\"] (not both)");
            return ["audio"];
        }

        return [m];
    }

    private static (JsonNode InputFormat, JsonNode OutputFormat, JsonNode? TurnDetection, JsonNode Voice, double Speed, JsonNode? Transcription, JsonNode? Noise) Audio(FieldReader r)
    {
        JsonNode inputFormat = Pcm();
        JsonNode outputFormat = Pcm();
        JsonNode? turnDetection = DefaultServerVad();
        JsonNode voice = "alloy";
        var speed = 1.0;
        JsonNode? transcription = null;
        JsonNode? noise = null;
        if (r.ReadObject("audio") is not { } audio)
        {
            return (inputFormat, outputFormat, turnDetection, voice, speed, transcription, noise);
        }

        var a = r.Nested("audio", audio);
        a.RejectUnknown(["input", "output"]);
        if (a.ReadObject("input") is { } input)
        {
            var i = a.Nested("input", input);
            i.RejectUnknown(["format", "transcription", "noise_reduction", "turn_detection"]);
            inputFormat = Format(i) ?? inputFormat;
            transcription = i.ReadObject("transcription")?.DeepClone();
            if (i.ReadObject("noise_reduction") is { } nr)
            {
                var n = i.Nested("noise_reduction", nr);
                n.RejectUnknown(["type"]);
                noise = n.ReadEnum("type", ["near_field", "far_field"], required: true) is { } type ? new JsonObject { ["type"] = type } : null;
            }

            if (input.ContainsKey("turn_detection"))
            {
                turnDetection = input["turn_detection"] is JsonObject td ? TurnDetection(i.Nested("turn_detection", td)) : null;
                if (input["turn_detection"] is not null and not JsonObject)
                {
                    i.Fail("turn_detection", FieldErrorKind.WrongType, "turn_detection must be an object or null");
                }
            }
        }

        if (a.ReadObject("output") is { } output)
        {
            var o = a.Nested("output", output);
            o.RejectUnknown(["format", "voice", "speed"]);
            outputFormat = Format(o) ?? outputFormat;
            speed = o.ReadNumber("speed", 0.25, 1.5) ?? speed;
            voice = output["voice"] switch
            {
                null => voice,
                JsonValue v when v.TryGetValue<string>(out var name) && (Surfaces.Everruns.EverrunsVoiceOptions.BuiltInVoices.Contains(name) || name.StartsWith("voice_", StringComparison.Ordinal)) => name,
                JsonObject custom when custom["id"] is JsonValue id && id.TryGetValue<string>(out var vid) && vid.StartsWith("voice_", StringComparison.Ordinal) => custom.DeepClone(),
                _ => Invalid(o, "voice", $"voice must be one of {string.Join(", ", Surfaces.Everruns.EverrunsVoiceOptions.BuiltInVoices)} or {{\"id\":\"voice_…\"}}"),
            };
        }

        return (inputFormat, outputFormat, turnDetection, voice, speed, transcription, noise);
    }

    private static JsonObject? Format(FieldReader r)
    {
        if (r.ReadObject("format") is not { } format)
        {
            return null;
        }

        var f = r.Nested("format", format);
        f.RejectUnknown(["type", "rate"]);
        var type = f.ReadEnum("type", ["audio/pcm", "audio/pcmu", "audio/pcma"], required: true);
        var rate = f.ReadInteger("rate");
        if (type == "audio/pcm" && rate is not null and not 24000)
        {
            f.Fail("rate", FieldErrorKind.NotInEnum, "audio/pcm is 24000 Hz only");
        }

        return type switch
        {
            "audio/pcm" => Pcm(),
            null => null,
            _ => new JsonObject { ["type"] = type },
        };
    }

    private static JsonObject TurnDetection(FieldReader t)
    {
        var type = t.ReadEnum("type", ["server_vad", "semantic_vad"], required: true);
        if (type == "semantic_vad")
        {
            t.RejectUnknown(["type", "eagerness", "create_response", "interrupt_response"]);
            return new JsonObject
            {
                ["type"] = "semantic_vad",
                ["eagerness"] = t.ReadEnum("eagerness", ["low", "medium", "high", "auto"]) ?? "auto",
                ["create_response"] = t.ReadBoolean("create_response") ?? true,
                ["interrupt_response"] = t.ReadBoolean("interrupt_response") ?? true,
            };
        }

        t.RejectUnknown(["type", "threshold", "prefix_padding_ms", "silence_duration_ms", "create_response", "interrupt_response", "idle_timeout_ms"]);
        var resolved = DefaultServerVad();
        resolved["threshold"] = t.ReadNumber("threshold", 0, 1) ?? 0.5;
        resolved["prefix_padding_ms"] = t.ReadInteger("prefix_padding_ms", 0, 10_000) ?? 300;
        resolved["silence_duration_ms"] = t.ReadInteger("silence_duration_ms", 0, 10_000) ?? 500;
        resolved["create_response"] = t.ReadBoolean("create_response") ?? true;
        resolved["interrupt_response"] = t.ReadBoolean("interrupt_response") ?? true;
        resolved["idle_timeout_ms"] = t.ReadInteger("idle_timeout_ms", 5000, 30_000);
        return resolved;
    }

    private static JsonObject DefaultServerVad() => new()
    {
        ["type"] = "server_vad",
        ["threshold"] = 0.5,
        ["prefix_padding_ms"] = 300,
        ["silence_duration_ms"] = 500,
        ["idle_timeout_ms"] = null,
        ["create_response"] = true,
        ["interrupt_response"] = true,
    };

    private static JsonObject Pcm() => new() { ["type"] = "audio/pcm", ["rate"] = 24000 };

    private static JsonValue Invalid(FieldReader r, string name, string message)
    {
        r.Fail(name, FieldErrorKind.Invalid, message);
        return JsonValue.Create(string.Empty)!;
    }
}
