namespace Conformance.Harness.Targets;

/// <summary>A target profile that cannot be used, with every problem found (file, field, what is wrong).</summary>
public sealed class TargetProfileException : Exception
{
    public TargetProfileException()
    {
        Problems = [];
    }

    public TargetProfileException(string message)
        : base(message)
    {
        Problems = [message];
    }

    public TargetProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public TargetProfileException(string source, IReadOnlyList<string> problems)
        : base($"Target profile {source}:\n  " + string.Join("\n  ", problems))
    {
        Source = source;
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
