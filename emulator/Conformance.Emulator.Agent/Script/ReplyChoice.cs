namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// What the persona says to a turn or a digit: the clip (null = nothing), the think latency, and
/// which rule chose it (for the journal: <c>rules[2]</c>, <c>replies[0]</c>, <c>defaultReply</c>).
/// </summary>
public sealed record ReplyChoice(string? ClipId, int ThinkLatencyMs, string Rule);
