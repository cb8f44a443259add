using Conformance.Emulator.Agent.Turns;

namespace Conformance.Emulator.Agent.Script;

/// <summary>
/// A scripted model persona (<c>fixtures/model/personas/*.yaml</c>; format in that folder's
/// README): what the agent says and when — greeting, pre-roll, ordered replies and rules (by turn
/// index, by DTMF digit, a default), think latency, check-in and goodbye — and its defaults for
/// the turn knobs.
/// </summary>
public sealed record Persona
{
    public const int DefaultThinkLatencyMs = 200;

    public required string Id { get; init; }

    public string? Description { get; init; }

    /// <summary>Reply start = commit + this (turn-semantics §2).</summary>
    public int ThinkLatencyMs { get; init; } = DefaultThinkLatencyMs;

    /// <summary>A downlink clip played before the first model turn (ClutchCall pre-roll).</summary>
    public string? Preroll { get; init; }

    /// <summary>Spoken when media is up if the first speaker is the agent (after the pre-roll).</summary>
    public string? Greeting { get; init; }

    /// <summary>Spoken when the inactivity timeout prompts.</summary>
    public string? CheckIn { get; init; }

    /// <summary>Spoken before hanging up on inactivity.</summary>
    public string? Goodbye { get; init; }

    /// <summary>Replies by turn: the first committed turn gets [0], and so on (null entries = silence).</summary>
    public IReadOnlyList<string?> Replies { get; init; } = [];

    /// <summary>Checked before <see cref="Replies"/>: the first matching rule wins.</summary>
    public IReadOnlyList<PersonaRule> Rules { get; init; } = [];

    /// <summary>When neither a rule nor <see cref="Replies"/> covers a turn; null = no reply.</summary>
    public string? DefaultReply { get; init; }

    public TurnPolicyOverrides Turn { get; init; } = new();

    public ReplyChoice? ReplyForTurn(int turnIndex)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Turn == turnIndex)
            {
                return new ReplyChoice(Rules[i].Reply, Rules[i].ThinkLatencyMs ?? ThinkLatencyMs, $"rules[{i}]");
            }
        }

        if (turnIndex >= 1 && turnIndex <= Replies.Count)
        {
            return new ReplyChoice(Replies[turnIndex - 1], ThinkLatencyMs, $"replies[{turnIndex - 1}]");
        }

        return DefaultReply is null ? null : new ReplyChoice(DefaultReply, ThinkLatencyMs, "defaultReply");
    }

    public ReplyChoice? ReplyForDtmf(string digit)
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Rules[i].Dtmf == digit)
            {
                return new ReplyChoice(Rules[i].Reply, Rules[i].ThinkLatencyMs ?? ThinkLatencyMs, $"rules[{i}]");
            }
        }

        return null;
    }

    /// <summary>Every clip id the persona refers to.</summary>
    public IEnumerable<string> ClipIds()
    {
        string?[] singles = [Preroll, Greeting, CheckIn, Goodbye, DefaultReply];
        return singles.Concat(Replies).Concat(Rules.Select(r => r.Reply)).OfType<string>().Distinct(StringComparer.Ordinal);
    }
}
