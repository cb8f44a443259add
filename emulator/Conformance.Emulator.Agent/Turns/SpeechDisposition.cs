namespace Conformance.Emulator.Agent.Turns;

/// <summary>What an utterance amounted to once it ended (turn-semantics.md §2–3).</summary>
public enum SpeechDisposition
{
    /// <summary>Long enough: it commits (now, or when commit spacing allows).</summary>
    Commit,

    /// <summary>Shorter than <c>responseMinSpeechMs</c>: a backchannel, never committed.</summary>
    Backchannel,

    /// <summary>Started while agent audio could not be interrupted: neither cuts nor commits.</summary>
    Ignored,
}
