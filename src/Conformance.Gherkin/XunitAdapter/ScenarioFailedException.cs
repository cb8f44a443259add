namespace Conformance.Gherkin.XunitAdapter;

/// <summary>What a failed pickle's xunit test reports: the steps that did not pass, their lines, the errors (the first as inner exception).</summary>
public sealed class ScenarioFailedException : Exception
{
    public ScenarioFailedException()
    {
    }

    public ScenarioFailedException(string message)
        : base(message)
    {
    }

    public ScenarioFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
