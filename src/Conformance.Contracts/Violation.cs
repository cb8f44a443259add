namespace Conformance.Contracts;

/// <summary>
/// One conformance finding: where it is (a JSON path such as <c>$.voice.expires_at</c>, or a
/// document pointer for load diagnostics), what rule it breaks, how bad it is, and a sentence for
/// a human. Validators collect these; they never throw for a non-conforming instance.
/// </summary>
public sealed record Violation(string Location, ViolationCode Code, ViolationSeverity Severity, string Message)
{
    public override string ToString() => $"{Severity} {Code} at {Location}: {Message}";
}
