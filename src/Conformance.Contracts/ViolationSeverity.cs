namespace Conformance.Contracts;

public enum ViolationSeverity
{
    Warning,
    Error,
}
