using System.Text.Json.Nodes;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Control;

/// <summary>Control-plane bodies (their schemas are in openapi.json under the Emulator control tag).</summary>
public static class ControlJson
{
    public static JsonObject Tenant(Tenant tenant, IReadOnlyList<ApiKeyRecord> keys)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(keys);
        return new JsonObject
        {
            ["id"] = tenant.Id,
            ["name"] = tenant.Name,
            ["voiceEnabled"] = tenant.VoiceEnabled,
            ["everrunsOrgId"] = tenant.EverrunsOrgId,
            ["clutchcallOrgId"] = tenant.ClutchCallOrgId,
            ["livekit"] = new JsonObject { ["apiKey"] = tenant.LiveKit.ApiKey, ["apiSecret"] = tenant.LiveKit.ApiSecret },
            ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)Key(k))]),
            ["agents"] = new JsonArray([.. new[] { tenant.EverrunsAgents, tenant.OmniaAgents, tenant.ClutchCallAgents, tenant.VoiceAiAgents }.SelectMany(a => a.Values).Select(a => (JsonNode)Agent(a))]),
            ["providers"] = new JsonArray([.. tenant.Providers.Values.Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Name, ["driver"] = p.Driver, ["services"] = new JsonArray([.. p.Services.Select(s => (JsonNode)JsonValue.Create(s))]) })]),
            ["numbers"] = new JsonArray([.. tenant.OmniaNumbers.Select(n => (JsonNode)new JsonObject { ["id"] = n.Id, ["number"] = n.Number })]),
            ["trunks"] = new JsonArray([.. tenant.ClutchCallTrunks.Order(StringComparer.Ordinal).Select(t => (JsonNode)JsonValue.Create(t))]),
        };
    }

    public static JsonObject Key(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new JsonObject
        {
            ["key"] = key.Key,
            ["tenant"] = key.TenantId,
            ["surface"] = SurfaceNames.Name(key.Surface),
            ["credits"] = key.Credits,
            ["rateLimit"] = key.RateLimit is { } limit ? new JsonObject { ["limit"] = limit.Limit, ["windowSeconds"] = limit.WindowSeconds } : null,
            ["disabled"] = key.Disabled,
        };
    }

    public static JsonObject Agent(AgentRecord agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return new JsonObject
        {
            ["surface"] = SurfaceNames.Name(agent.Surface),
            ["id"] = agent.Id,
            ["name"] = agent.Name,
            ["description"] = agent.Description,
            ["status"] = agent.Status,
            ["persona"] = agent.Persona,
            ["turn"] = Knobs(agent.Knobs),
            ["config"] = agent.Config.DeepClone(),
        };
    }

    /// <summary>The knobs that are set, under the names of specs/control.md CTL-AGT-003.</summary>
    public static JsonObject Knobs(TurnKnobs knobs)
    {
        ArgumentNullException.ThrowIfNull(knobs);
        var json = new JsonObject
        {
            ["silenceThresholdMs"] = knobs.SilenceThresholdMs,
            ["responseMinSpeechMs"] = knobs.ResponseMinSpeechMs,
            ["commitMinIntervalMs"] = knobs.CommitMinIntervalMs,
            ["bargeIn"] = knobs.BargeIn switch { BargeInMode.Instant => "instant", BargeInMode.HoldAndConfirm => "hold_and_confirm", BargeInMode.Off => "off", _ => null },
            ["bargeConfirmMs"] = knobs.BargeConfirmMs,
            ["micGuardMs"] = knobs.MicGuardMs,
            ["preRollClip"] = knobs.PreRollClip,
            ["thinkLatencyMs"] = knobs.ThinkLatencyMs,
            ["firstSpeaker"] = knobs.AgentSpeaksFirst switch { true => "agent", false => "user", _ => null },
            ["greeting"] = knobs.Greeting,
            ["interruptible"] = knobs.FirstMessageInterruptible,
            ["inactivityTimeoutSec"] = knobs.InactivityTimeoutSec,
            ["inactivityAction"] = knobs.InactivityAction switch { InactivityAction.Prompt => "prompt", InactivityAction.HangUp => "hang_up", _ => null },
            ["maxDurationSec"] = knobs.MaxDurationSec,
            ["vadThreshold"] = knobs.VadThreshold,
            ["prefixPaddingMs"] = knobs.PrefixPaddingMs,
            ["createResponse"] = knobs.CreateResponse,
            ["interruptResponse"] = knobs.InterruptResponse,
            ["idleTimeoutMs"] = knobs.IdleTimeoutMs,
            ["eagerness"] = knobs.Eagerness,
            ["turnDetection"] = knobs.TurnDetectionEnabled,
        };
        foreach (var name in json.Where(p => p.Value is null).Select(p => p.Key).ToArray())
        {
            json.Remove(name);
        }

        return json;
    }

    public static JsonObject Call(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new JsonObject
        {
            ["id"] = call.Id,
            ["aliases"] = new JsonArray([.. call.Aliases.Select(a => (JsonNode)JsonValue.Create(a))]),
            ["surface"] = SurfaceNames.Name(call.Surface),
            ["tenant"] = call.TenantId,
            ["transport"] = call.Transport.ToString().ToLowerInvariant(),
            ["state"] = CallStateMachine.Name(call.State),
            ["created_at"] = Rfc3339.Format(call.CreatedAt),
            ["answered_at"] = Rfc3339.Format(call.AnsweredAt),
            ["ended_at"] = Rfc3339.Format(call.EndedAt),
            ["end_reason"] = call.EndReason,
            ["lease_expires_at"] = Rfc3339.Format(call.LeaseExpiresAt),
            ["ring_deadline"] = Rfc3339.Format(call.RingDeadline),
            ["agent"] = call.Agent is { } agent ? new JsonObject
            {
                ["persona"] = agent.Persona,
                ["agent_id"] = agent.AgentId,
                ["model_codec"] = agent.ModelCodec?.ToString().ToLowerInvariant(),
                ["input_rate_hz"] = agent.InputRateHz,
                ["output_rate_hz"] = agent.OutputRateHz,
                ["turn"] = Knobs(agent.Knobs),
            } : null,
            ["media_stream"] = call.MediaStream is { } leg ? new JsonObject
            {
                ["protocol"] = leg.Protocol.ToString().ToLowerInvariant(),
                ["input_sample_rate"] = leg.InputSampleRate,
                ["output_sample_rate"] = leg.OutputSampleRate,
                ["codec"] = leg.Codec.ToString().ToLowerInvariant(),
            } : null,
            ["journal_entries"] = call.Journal.Count,
        };
    }

    public static JsonObject Descriptor(DeviationDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new JsonObject
        {
            ["name"] = descriptor.Name,
            ["layer"] = descriptor.Layer.ToString().ToLowerInvariant(),
            ["description"] = descriptor.Description,
            ["surfaces"] = new JsonArray([.. descriptor.Surfaces.Select(s => (JsonNode)JsonValue.Create(SurfaceNames.Name(s)))]),
            ["parameters"] = new JsonArray([.. descriptor.Parameters.Select(p => (JsonNode)new JsonObject { ["name"] = p.Name, ["type"] = p.Type, ["required"] = p.Required, ["description"] = p.Description })]),
            ["breaks"] = new JsonArray([.. descriptor.Breaks.Select(b => (JsonNode)JsonValue.Create(b))]),
        };
    }

    public static JsonObject Active(ActiveDeviation active)
    {
        ArgumentNullException.ThrowIfNull(active);
        return new JsonObject
        {
            ["id"] = active.Id,
            ["name"] = active.Name,
            ["parameters"] = active.Parameters.DeepClone(),
            ["surface"] = active.Scope.Surface is { } s ? SurfaceNames.Name(s) : null,
            ["tenant"] = active.Scope.TenantId,
            ["created_at"] = Rfc3339.Format(active.CreatedAt),
        };
    }
}
