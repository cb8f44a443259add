using System.Globalization;

namespace Conformance.Gherkin.Messages;

/// <summary>"0", "1", "2"…: deterministic output for tests and golden files (Cucumber does the same).</summary>
public sealed class IncrementingIdGenerator : IIdGenerator
{
    private long _next = -1;

    public string NewId() => Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
}
