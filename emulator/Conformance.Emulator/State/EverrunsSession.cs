using Conformance.Emulator.Events;

namespace Conformance.Emulator.State;

/// <summary>An Everruns session (<c>session_…</c>) with its event log (the SSE stream's source).</summary>
public sealed class EverrunsSession
{
    public required string Id { get; init; }

    public required string TenantId { get; init; }

    public string? AgentId { get; init; }

    public string? Title { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>SessionSource: <c>api</c> or <c>chat</c> (the Platform Chat singleton).</summary>
    public string Source { get; init; } = "api";

    public required string HarnessId { get; init; }

    public required string WorkspaceId { get; init; }

    public required string OwnerPrincipalId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required SessionEventLog Events { get; init; }
}
