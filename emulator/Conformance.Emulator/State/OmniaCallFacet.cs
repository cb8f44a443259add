using System.Text.Json.Nodes;

namespace Conformance.Emulator.State;

/// <summary>The Omnia view of a call (vendors.md §2): how it was created, its transport and billing inputs.</summary>
public sealed class OmniaCallFacet
{
    /// <summary><c>create</c>, <c>inline</c>, <c>join</c> (POST /calls) or <c>outbound</c>.</summary>
    public required string Origin { get; init; }

    public required string ConnectionType { get; init; }

    public string? AgentId { get; init; }

    public string? AgentName { get; init; }

    public string? AgentDescription { get; init; }

    public JsonObject? Metadata { get; init; }

    public bool RecordingEnabled { get; init; } = true;

    public string? PhoneNumber { get; init; }

    public string? FromNumber { get; init; }

    public string? SessionId { get; init; }

    /// <summary>The single-use token inside websocketUrl; null once consumed or expired.</summary>
    public string? SocketToken { get; set; }

    public bool SocketConsumed { get; set; }

    public string? Transcript { get; set; }

    public int? CostCents { get; set; }
}
