using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;
using Conformance.Emulator.Calls.Deviations;
using Conformance.Emulator.Runtime;
using EngineBargeIn = Conformance.Emulator.Agent.Turns.BargeInMode;
using EngineInactivity = Conformance.Emulator.Agent.Turns.InactivityAction;
using SurfaceBargeIn = Conformance.Emulator.Runtime.BargeInMode;
using SurfaceInactivity = Conformance.Emulator.Runtime.InactivityAction;

namespace Conformance.Emulator.Calls.Agent;

/// <summary>
/// What one call's scripted agent is (specs/runtime.md RUN-020…023): the persona named by the
/// surface's <see cref="AgentBinding"/> with the binding's knobs layered on its turn policy —
/// kit defaults, then the persona's <c>turn:</c>, then the request — and then the active
/// deviations that bend the policy. OpenAI sessions (bindings with <c>TurnDetectionEnabled</c>
/// set) map <c>server_vad</c> through <see cref="ServerVadSettings"/> (TURN-040…045).
/// </summary>
public sealed record AgentPlan(Persona Persona, TurnPolicy Policy, IReadOnlyList<string> Notes)
{
    public static AgentPlan Create(ModelAssets assets, AgentBinding binding, CallDeviations deviations)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(binding);
        ArgumentNullException.ThrowIfNull(deviations);
        var notes = new List<string>();
        if (!assets.Personas.TryGetValue(binding.Persona, out var persona))
        {
            persona = assets.Personas.GetValueOrDefault(AgentBinding.DefaultPersona)
                ?? throw new InvalidOperationException($"no persona '{binding.Persona}' and no default persona");
            notes.Add($"persona '{binding.Persona}' not found; using '{persona.Id}'");
        }

        var knobs = binding.Knobs;
        persona = persona with
        {
            ThinkLatencyMs = knobs.ThinkLatencyMs ?? persona.ThinkLatencyMs,
            Preroll = knobs.PreRollClip is { } clip && assets.Clips.TryGet(clip, out _) ? clip : persona.Preroll,
        };
        if (knobs.PreRollClip is { } unknown && !assets.Clips.TryGet(unknown, out _))
        {
            notes.Add($"pre-roll clip '{unknown}' is not a model clip; the persona's pre-roll stays");
        }

        var policy = persona.Turn.ApplyTo(TurnPolicy.Default);
        policy = Overrides(knobs, notes).ApplyTo(policy);
        (persona, policy) = Bend(persona, policy, deviations);
        return new AgentPlan(persona, policy, notes);
    }

    private static TurnPolicyOverrides Overrides(TurnKnobs knobs, List<string> notes)
    {
        if (knobs.TurnDetectionEnabled is { } enabled)
        {
            // An OpenAI session: turn_detection null → the client commits (no automatic turns here).
            if (!enabled)
            {
                notes.Add("turn_detection is null: no automatic commits, no replies to speech");
                return new TurnPolicyOverrides { CreateResponse = false, BargeIn = EngineBargeIn.Off };
            }

            if (knobs.Eagerness is not null)
            {
                notes.Add($"semantic_vad (eagerness {knobs.Eagerness}) runs as server_vad with its defaults");
            }

            var vad = new ServerVadSettings
            {
                Threshold = knobs.VadThreshold ?? 0.5,
                PrefixPaddingMs = knobs.PrefixPaddingMs ?? 300,
                SilenceDurationMs = knobs.SilenceThresholdMs ?? 500,
                CreateResponse = knobs.CreateResponse ?? true,
                InterruptResponse = knobs.InterruptResponse ?? true,
                IdleTimeoutMs = knobs.IdleTimeoutMs,
            };
            return vad.ToOverrides();
        }

        return new TurnPolicyOverrides
        {
            SilenceThresholdMs = knobs.SilenceThresholdMs,
            ResponseMinSpeechMs = knobs.ResponseMinSpeechMs,
            CommitMinIntervalMs = knobs.CommitMinIntervalMs,
            BargeIn = knobs.BargeIn switch
            {
                SurfaceBargeIn.Instant => EngineBargeIn.Instant,
                SurfaceBargeIn.HoldAndConfirm => EngineBargeIn.HoldAndConfirm,
                SurfaceBargeIn.Off => EngineBargeIn.Off,
                _ => null,
            },
            BargeConfirmMs = knobs.BargeConfirmMs,
            MicGuardMs = knobs.MicGuardMs is { } guard ? new Override<int?>(guard) : null,
            FirstSpeaker = knobs.AgentSpeaksFirst switch
            {
                true => FirstSpeaker.Agent,
                false => FirstSpeaker.User,
                null => null,
            },
            FirstMessageInterruptible = knobs.FirstMessageInterruptible,
            InactivityTimeoutMs = knobs.InactivityTimeoutSec is { } seconds ? new Override<int?>(seconds * 1000) : null,
            InactivityAction = knobs.InactivityAction switch
            {
                SurfaceInactivity.Prompt => EngineInactivity.Prompt,
                SurfaceInactivity.HangUp => EngineInactivity.HangUp,
                _ => null,
            },
            MaxDurationMs = knobs.MaxDurationSec is { } max ? new Override<int?>(max * 1000) : null,
            CreateResponse = knobs.CreateResponse,
            PrefixPaddingMs = knobs.PrefixPaddingMs,
            VadOnDbfs = knobs.VadThreshold is { } t ? -60 + (40 * t) : null,
            VadOffDbfs = knobs.VadThreshold is { } u ? -65 + (40 * u) : null,
        };
    }

    /// <summary>The policy-level deviations (RUN-070): each bends one knob the way a buggy implementation would.</summary>
    private static (Persona, TurnPolicy) Bend(Persona persona, TurnPolicy policy, CallDeviations deviations)
    {
        if (deviations.Get(MediaDeviations.ReplyLate)?.GetInteger("ms") is { } late)
        {
            var extra = (int)Math.Clamp(late, 0, 30_000);
            persona = persona with
            {
                ThinkLatencyMs = persona.ThinkLatencyMs + extra,
                Rules = [.. persona.Rules.Select(r => r with { ThinkLatencyMs = (r.ThinkLatencyMs ?? persona.ThinkLatencyMs) + extra })],
            };
        }

        if (deviations.Has(MediaDeviations.IgnoreBargeIn))
        {
            policy = policy with { BargeIn = EngineBargeIn.Off, CommitSpeechDuringUninterruptibleAudio = true };
        }

        if (deviations.Has(MediaDeviations.BargeOnBackchannel))
        {
            policy = policy with { BargeIn = EngineBargeIn.Instant };
        }

        if (deviations.Has(MediaDeviations.GreetWhenUserFirst))
        {
            policy = policy with { FirstSpeaker = FirstSpeaker.Agent };
        }

        if (deviations.Has(MediaDeviations.IgnoreUninterruptible))
        {
            policy = policy with { FirstMessageInterruptible = true };
        }

        if (deviations.Has(MediaDeviations.NoInactivityPrompt))
        {
            policy = policy with { InactivityTimeoutMs = null };
        }

        if (deviations.Has(MediaDeviations.IgnoreMicGuard))
        {
            policy = policy with { MicGuardMs = null };
        }

        if (deviations.Has(MediaDeviations.CommitShortSpeech))
        {
            policy = policy with { ResponseMinSpeechMs = 0 };
        }

        return (persona, policy);
    }
}
