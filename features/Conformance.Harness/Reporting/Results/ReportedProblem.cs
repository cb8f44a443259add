namespace Conformance.Harness.Reporting.Results;

/// <summary>Something wrong with the results themselves: where (<c>line 12</c>, <c>a.feature:3</c>) and what.</summary>
public sealed record ReportedProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
