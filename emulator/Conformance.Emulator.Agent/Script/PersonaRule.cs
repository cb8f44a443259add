namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// One persona rule: when caller turn <see cref="Turn"/> commits, or when the caller presses
/// <see cref="Dtmf"/>, reply with <see cref="Reply"/> (null = stay silent) after
/// <see cref="ThinkLatencyMs"/> (null = the persona's).
/// </summary>
public sealed record PersonaRule(int? Turn, string? Dtmf, string? Reply, int? ThinkLatencyMs);
