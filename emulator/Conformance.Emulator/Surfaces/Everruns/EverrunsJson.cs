using System.Text.Json.Nodes;
using Conformance.Emulator.Http;
using Conformance.Emulator.State;

namespace Conformance.Emulator.Surfaces.Everruns;

/// <summary>Everruns response bodies (vendors.md §1.4; Session/Agent with their <c>WithUrls</c> links).</summary>
public static class EverrunsJson
{
    public static JsonObject Session(EverrunsSession session, Tenant tenant, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(tenant);
        var self = $"{baseUrl}/everruns/v1/sessions/{session.Id}";
        return new JsonObject
        {
            ["id"] = session.Id,
            ["organization_id"] = tenant.EverrunsOrgId,
            ["workspace_id"] = session.WorkspaceId,
            ["harness_id"] = session.HarnessId,
            ["owner_principal_id"] = session.OwnerPrincipalId,
            ["agent_id"] = session.AgentId,
            ["status"] = "started",
            ["source"] = session.Source,
            ["title"] = session.Title,
            ["tags"] = new JsonArray([.. session.Tags.Select(t => (JsonNode)JsonValue.Create(t))]),
            ["created_at"] = Rfc3339.Format(session.CreatedAt),
            ["updated_at"] = Rfc3339.Format(session.UpdatedAt),
            ["self_url"] = self,
            ["view_url"] = self,
            ["ui_link"] = self,
        };
    }

    public static JsonObject Agent(AgentRecord agent, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var self = $"{baseUrl}/everruns/v1/agents/{agent.Id}";
        return new JsonObject
        {
            ["id"] = agent.Id,
            ["name"] = agent.Name,
            ["display_name"] = agent.Config["display_name"]?.DeepClone(),
            ["description"] = agent.Description,
            ["system_prompt"] = agent.Config["system_prompt"]?.GetValue<string>() ?? string.Empty,
            ["harness_id"] = agent.Config["harness_id"]?.GetValue<string>() ?? "harness_00000000000000000000000000000001",
            ["status"] = agent.Status,
            ["tags"] = agent.Config["tags"]?.DeepClone() ?? new JsonArray(),
            ["created_at"] = Rfc3339.Format(agent.CreatedAt),
            ["updated_at"] = Rfc3339.Format(agent.UpdatedAt),
            ["self_url"] = self,
            ["view_url"] = self,
            ["ui_link"] = self,
        };
    }

    /// <summary>The fields VoiceCallResponse, VoiceAttachResponse and VoiceClientSecretResponse share.</summary>
    public static JsonObject VoiceBase(EverrunsVoiceFacet voice, DateTimeOffset expiresAt) => new()
    {
        ["voice_connection_id"] = voice.VoiceConnectionId,
        ["provider"] = voice.Provider,
        ["model"] = voice.Model,
        ["voice"] = voice.Voice,
        ["reasoning_effort"] = voice.ReasoningEffort,
        ["expires_at"] = Rfc3339.Format(expiresAt),
    };

    public static string VoiceStatus(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.State switch
        {
            CallState.Active => "active",
            CallState.Failed => "failed",
            CallState.Ended or CallState.NoAnswer => "ended",
            _ => "starting",
        };
    }
}
