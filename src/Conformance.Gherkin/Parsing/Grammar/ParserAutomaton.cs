namespace Conformance.Gherkin.Parsing.Grammar;

/// <summary>
/// Computes the parser's state machine from the grammar, the way Berp (the parser generator behind
/// every Cucumber Gherkin parser) does, so states, transition order and expected-token lists are
/// the same as theirs:
/// <list type="bullet">
/// <item>a state is "just after a terminal" at one place in the expanded grammar; its branches are
/// every terminal that may come next, each with the rules it ends and starts on the way;</item>
/// <item>states whose branches are the same (ignoring positions in repeated elements) are merged;</item>
/// <item>branches are grouped by terminal in order of first appearance; in a group, hinted
/// (look-ahead) branches come before the one without; two unhinted branches are an ambiguity;</item>
/// <item>states that do not take any line (<c>#Other</c>) ignore comments and empty lines.</item>
/// </list>
/// </summary>
internal sealed class ParserAutomaton
{
    private const int AfterRule = -1;

    private readonly List<StateBuilder> _states = [];

    private ParserAutomaton(GrammarRule start)
    {
        var first = new StateBuilder(0, "Start", Branches(new Frame(null, start, 0)));
        _states.Add(first);
        Expand(first);

        foreach (var state in _states.Where(s => s.Transitions.Count > 0))
        {
            if (state.Branches.Any(b => b.Token == TokenType.Other))
            {
                continue;
            }

            foreach (var ignored in GherkinGrammar.IgnoredTokens.Where(t => state.Branches.All(b => b.Token != t)))
            {
                state.Transitions.Add(new ParserTransition(ignored, null, [ParserAction.Build], state.Id));
            }
        }

        States = [.. _states.Select(s => s.ToState())];
    }

    public IReadOnlyList<ParserState> States { get; }

    public static ParserAutomaton Gherkin { get; } = new(GherkinGrammar.Build());

    private void Expand(StateBuilder state)
    {
        foreach (var group in state.Branches.GroupBy(b => b.Token))
        {
            var branches = group.ToArray();
            if (branches.Count(b => b.Lookahead is null) > 1)
            {
                throw new InvalidOperationException($"Ambiguous grammar at {state.Path}: {string.Join(", ", branches.Select(b => b.Frame))}");
            }

            foreach (var branch in branches.OrderBy(b => b.Lookahead is null))
            {
                var next = Branches(branch.Frame with { Position = AfterRule });
                var hint = branches.Length == 1 ? null : branch.Lookahead;
                var existing = _states.FirstOrDefault(s => s.HasSameBranches(next));
                if (existing is null)
                {
                    existing = new StateBuilder(_states.Count, branch.Frame.ToString(), next);
                    _states.Add(existing);
                    state.Transitions.Add(new ParserTransition(branch.Token, hint, branch.Actions, existing.Id));
                    Expand(existing);
                }
                else
                {
                    state.Transitions.Add(new ParserTransition(branch.Token, hint, branch.Actions, existing.Id));
                }
            }
        }
    }

    // Every terminal that may follow the given point, climbing out of finished rules.
    private static List<Branch> Branches(Frame frame) => BranchesFrom(frame, []);

    private static List<Branch> BranchesFrom(Frame frame, List<(ParserActionKind Kind, GrammarRule Rule)> steps)
    {
        var branches = BranchesInside(frame, steps, null, out var canFinish);
        if (canFinish && frame.Parent is not null)
        {
            var climbing = new List<(ParserActionKind, GrammarRule)>(steps) { (ParserActionKind.EndRule, frame.Rule) };
            var next = Advance(frame.Parent, climbing);
            if (next is not null)
            {
                branches.AddRange(BranchesFrom(next, climbing));
            }
        }

        return branches;
    }

    private static List<Branch> BranchesInside(
        Frame frame, List<(ParserActionKind Kind, GrammarRule Rule)> steps, LookaheadHint? inherited, out bool canFinish)
    {
        var hint = frame.Rule.Lookahead ?? inherited;
        if (frame.Position == AfterRule)
        {
            canFinish = true;
            return [];
        }

        switch (frame.Rule)
        {
            case TokenRule token:
                canFinish = false;
                return [new Branch(token.Token, frame, Optimize([.. steps, (ParserActionKind.Build, token)]), hint)];

            case SequenceRule sequence:
            {
                var result = new List<Branch>();
                var i = frame.Position;
                for (; i < sequence.Elements.Count; i++)
                {
                    var element = sequence.Elements[i];
                    var child = new Frame(frame with { Position = i }, element.Rule, 0);
                    result.AddRange(BranchesInside(child, [.. steps, (ParserActionKind.StartRule, element.Rule)], hint, out var childCanFinish));
                    if (!childCanFinish && element.Repeat == Repeat.One)
                    {
                        break;
                    }
                }

                canFinish = i == sequence.Elements.Count;
                return result;
            }

            case ChoiceRule choice:
            {
                var result = new List<Branch>();
                canFinish = false;
                for (var i = 0; i < choice.Alternatives.Count; i++)
                {
                    var alternative = choice.Alternatives[i];
                    var child = new Frame(frame with { Position = i }, alternative, 0);
                    result.AddRange(BranchesInside(child, [.. steps, (ParserActionKind.StartRule, alternative)], hint, out var childCanFinish));
                    canFinish |= childCanFinish;
                }

                return result;
            }

            default:
                throw new InvalidOperationException($"Unknown rule kind {frame.Rule.GetType().Name}");
        }
    }

    // The next place in the enclosing rules: the same element again if it repeats, else the next
    // element, else (ending the rule) the parent's next place.
    private static Frame? Advance(Frame frame, List<(ParserActionKind Kind, GrammarRule Rule)> steps)
    {
        if (frame.Rule is SequenceRule sequence)
        {
            if (sequence.Elements[frame.Position].Repeat == Repeat.Many)
            {
                return frame;
            }

            if (frame.Position + 1 < sequence.Elements.Count)
            {
                return frame with { Position = frame.Position + 1 };
            }
        }

        if (frame.Parent is null)
        {
            return null;
        }

        steps.Add((ParserActionKind.EndRule, frame.Rule));
        return Advance(frame.Parent, steps);
    }

    // Only producing rules reach the AST builder; a terminal is "build this token".
    private static ParserAction[] Optimize(List<(ParserActionKind Kind, GrammarRule Rule)> steps) =>
    [
        .. steps
            .Where(s => s.Rule is TokenRule ? s.Kind == ParserActionKind.Build : s.Rule.Produces)
            .Select(s => s.Rule is TokenRule ? ParserAction.Build : new ParserAction(s.Kind, s.Rule.RuleType)),
    ];

    /// <summary>A place in the expanded grammar: a rule, the position in it, and who called it.</summary>
    private sealed record Frame(Frame? Parent, GrammarRule Rule, int Position)
    {
        public bool SameRulesAs(Frame other) =>
            ReferenceEquals(Rule, other.Rule)
            && (Parent is null ? other.Parent is null : other.Parent is not null && Parent.SameRulesAs(other.Parent));

        public override string ToString() => (Parent is null ? "" : Parent + ">") + $"{Rule.Name}:{Position}";
    }

    private sealed record Branch(TokenType Token, Frame Frame, ParserAction[] Actions, LookaheadHint? Lookahead)
    {
        public bool SameAs(Branch other) =>
            Token == other.Token && Actions.AsSpan().SequenceEqual(other.Actions) && Frame.SameRulesAs(other.Frame);
    }

    private sealed class StateBuilder(int id, string path, List<Branch> branches)
    {
        public int Id { get; } = id;

        public string Path { get; } = path;

        public List<Branch> Branches { get; } = branches;

        public List<ParserTransition> Transitions { get; } = [];

        public bool HasSameBranches(List<Branch> other) =>
            other.Count == Branches.Count && other.All(o => Branches.Any(o.SameAs));

        public ParserState ToState()
        {
            var ordered = Transitions.Where(t => t.Token == TokenType.EOF)
                .Concat(Transitions.Where(t => t.Token is not TokenType.EOF and not TokenType.Other))
                .Concat(Transitions.Where(t => t.Token == TokenType.Other))
                .ToArray();
            var expected = string.Join(", ", ordered.Select(t => "#" + t.Token).Distinct(StringComparer.Ordinal));
            return new ParserState(Id, Path, ordered, expected);
        }
    }
}
