namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>What one agent message asks of the provider side, whatever the protocol.</summary>
internal sealed record AgentAction(AgentActionKind Kind, ReadOnlyMemory<byte> Audio = default, string? Name = null, string? Json = null);
