namespace Conformance.Gherkin.Bindings;

/// <summary>Every definition that matches a step: none (undefined), one, or several (ambiguous).</summary>
public sealed record StepMatchResult(IReadOnlyList<StepMatch> Matches)
{
    public bool IsUndefined => Matches.Count == 0;

    public bool IsAmbiguous => Matches.Count > 1;

    public StepMatch? Unique => Matches.Count == 1 ? Matches[0] : null;
}
