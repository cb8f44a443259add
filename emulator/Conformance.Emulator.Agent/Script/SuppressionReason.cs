namespace Conformance.Emulator.Agent.Script;

/// <summary>Why a committed turn (or a digit) got no reply.</summary>
public enum SuppressionReason
{
    /// <summary>OpenAI <c>create_response: false</c>.</summary>
    CreateResponseFalse,

    /// <summary>No persona rule, reply or default covers it, or the rule says null.</summary>
    NoReply,

    /// <summary>The clip the persona names is not in the catalog.</summary>
    UnknownClip,
}
