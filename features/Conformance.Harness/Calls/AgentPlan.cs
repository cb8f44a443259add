using System.Text.Json.Nodes;

namespace Conformance.Harness.Calls;

/// <summary>
/// The agent a scenario asks for, in the terms each target understands: on an emulator a persona
/// (fixtures/model/personas) and turn knobs (specs/control.md CTL-AGT-003 names) registered for
/// the scenario's tenant; on a real deployment the pre-provisioned agent the profile names for
/// <see cref="Role"/> (<c>agents.&lt;role&gt;</c>). Knobs a vendor API takes itself (ClutchCall's
/// AgentSpec, an OpenAI session's turn detection, Omnia's inline call fields) go on the request too.
/// </summary>
public sealed record AgentPlan(string Role, string Persona)
{
    /// <summary>The think latency the harness sets on emulator agents, so the expected gap is known exactly.</summary>
    public const int ThinkLatencyMs = 200;

    public JsonObject Knobs { get; init; } = [];

    /// <summary>Fields of an Omnia inline call (firstSpeaker, interruptible, inactivity, maxDuration) when the scenario is about them.</summary>
    public JsonObject? OmniaInline { get; init; }

    public int? SilenceThresholdMs => Knobs["silenceThresholdMs"]?.GetValue<int>();

    /// <summary>
    /// An Omnia agent's own config for a registered agent: Omnia's call fields win over persona
    /// knobs (its defaults are first speaker agent and a non-interruptible first message,
    /// vendors.md §2.4), so the plan states them. Every first message here is interruptible,
    /// except where a scenario is about that.
    /// </summary>
    public JsonObject OmniaConfig() => new()
    {
        ["basePrompt"] = "You are the front desk of a conformance test.",
        ["languageId"] = "lang_en",
        ["voiceId"] = "voice_mark",
        ["firstSpeaker"] = Knobs["firstSpeaker"]?.GetValue<string>() ?? "agent",
        ["interruptible"] = Knobs["interruptible"]?.GetValue<bool>() ?? true,
    };

    public string? BargeIn => Knobs["bargeIn"]?.GetValue<string>();

    public int? BargeConfirmMs => Knobs["bargeConfirmMs"]?.GetValue<int>();

    /// <summary>A greeter with the kit's defaults.</summary>
    public static AgentPlan Greeter() => new("default", "default") { Knobs = new JsonObject { ["thinkLatencyMs"] = ThinkLatencyMs } };

    /// <summary>Silent until the caller's first turn, answering after <paramref name="silenceMs"/> of trailing silence.</summary>
    public static AgentPlan WaitsForCaller(int silenceMs) => new($"silence-{silenceMs}", "user-first")
    {
        Knobs = new JsonObject { ["silenceThresholdMs"] = silenceMs, ["thinkLatencyMs"] = ThinkLatencyMs, ["firstSpeaker"] = "user" },
    };

    /// <summary>Silent until the caller's first turn, then long replies that can be interrupted (instant, or hold-and-confirm with <paramref name="confirmMs"/>).</summary>
    public static AgentPlan Interruptible(int? confirmMs) => new(confirmMs is { } c ? $"barge-hold-{c}" : "barge-instant", "long-replies")
    {
        Knobs = confirmMs is { } ms
            ? new JsonObject { ["bargeIn"] = "hold_and_confirm", ["bargeConfirmMs"] = ms, ["firstSpeaker"] = "user", ["thinkLatencyMs"] = ThinkLatencyMs, ["silenceThresholdMs"] = 500 }
            : new JsonObject { ["bargeIn"] = "instant", ["firstSpeaker"] = "user", ["thinkLatencyMs"] = ThinkLatencyMs, ["silenceThresholdMs"] = 500 },
    };

    /// <summary>
    /// Silent until the caller's first turn, then long replies with instant barge-in behind a
    /// post-audio mic guard of <paramref name="guardMs"/> (specs/turn.md §4): caller speech that
    /// starts over the agent's audio, or within the guard after it, starts nothing.
    /// </summary>
    public static AgentPlan GuardedMic(int guardMs) => new($"mic-guard-{guardMs}", "long-replies")
    {
        Knobs = new JsonObject { ["bargeIn"] = "instant", ["micGuardMs"] = guardMs, ["firstSpeaker"] = "user", ["thinkLatencyMs"] = ThinkLatencyMs, ["silenceThresholdMs"] = 500 },
    };

    public int? MicGuardMs => Knobs["micGuardMs"]?.GetValue<int>();

    /// <summary>An Omnia inline call with these behaviour fields (Omnia's own API; vendors.md §2.4).</summary>
    public static AgentPlan Omnia(string role, JsonObject inlineFields) => new(role, "default")
    {
        OmniaInline = inlineFields,
        Knobs = new JsonObject { ["thinkLatencyMs"] = ThinkLatencyMs },
    };
}
