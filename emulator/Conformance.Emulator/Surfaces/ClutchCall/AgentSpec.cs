using Conformance.Emulator.Configuration;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.Surfaces.ClutchCall;

/// <summary>
/// The inline AgentSpec of <c>voice.agents.attach</c> (seed 003; vendors.md §3.3). No public SDK
/// sends one, so the encoding is ours (CLU-SPEC-001): the TypeScript docs' camelCase object,
/// strict (unknown fields → BAD_REQUEST), with the turn-detection knobs of
/// <see cref="TurnKnobsParser"/> and an emulator extension <c>persona</c>.
/// <code>
/// { "mode": "speech_to_speech", "modelCodec": "pcm16" | "opus",
///   "inputRateHz": 16000, "outputRateHz": 24000,
///   "turnDetection": { "silenceThresholdMs": 500, "responseMinSpeechMs": 600,
///                      "commitMinIntervalMs": 1500, "bargeIn": "hold_and_confirm",
///                      "bargeConfirmMs": 300, "micGuardMs": 0, "preRollClip": "preroll" },
///   "persona": "default", "instructions": "…", "voice": "…" }
/// </code>
/// </summary>
public static class AgentSpec
{
    private static readonly string[] s_fields = ["mode", "modelCodec", "inputRateHz", "outputRateHz", "turnDetection", "persona", "instructions", "voice"];
    private static readonly long[] s_pcmRates = [8000, 16000, 24000, 48000];
    private static readonly long[] s_opusRates = [8000, 12000, 16000, 24000, 48000];

    public static AgentBinding Parse(FieldReader spec, IPersonaCatalog personas)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(personas);
        spec.RejectUnknown(s_fields);
        spec.ReadEnum("mode", ["speech_to_speech"]);
        var codecName = spec.ReadEnum("modelCodec", ["pcm16", "opus"]) ?? "pcm16";
        var codec = codecName == "opus" ? ModelCodec.Opus : ModelCodec.Pcm16;
        var rates = codec == ModelCodec.Opus ? s_opusRates : s_pcmRates;
        var input = Rate(spec, "inputRateHz", rates, codecName) ?? 16000;
        var output = Rate(spec, "outputRateHz", rates, codecName) ?? 24000;
        var knobs = new TurnKnobs();
        if (spec.ReadObject("turnDetection") is { } turn)
        {
            knobs = TurnKnobsParser.Parse(spec.Nested("turnDetection", turn), full: false);
        }

        var persona = spec.ReadString("persona", pattern: ConfigParser.NamePattern) ?? AgentBinding.DefaultPersona;
        if (!personas.IsKnown(persona))
        {
            spec.Fail("persona", FieldErrorKind.NotInEnum, $"unknown persona '{persona}' (known: {string.Join(", ", personas.Personas)})");
        }

        return new AgentBinding(persona, knobs)
        {
            ModelCodec = codec,
            InputRateHz = (int)input,
            OutputRateHz = (int)output,
            Instructions = spec.ReadString("instructions", maxLength: 100_000),
            Voice = spec.ReadString("voice", minLength: 1, maxLength: 128),
        };
    }

    private static long? Rate(FieldReader spec, string name, long[] allowed, string codec)
    {
        var rate = spec.ReadInteger(name);
        if (rate is not null && !allowed.Contains(rate.Value))
        {
            spec.Fail(name, FieldErrorKind.NotInEnum, $"{name} for {codec} must be one of {string.Join(", ", allowed)}");
            return null;
        }

        return rate;
    }
}
