namespace Conformance.Harness.Drivers;

/// <summary>A mark the agent placed and what became of it (echoed as played, echoed or discarded by a clear, or still pending).</summary>
public sealed record MarkRecord(string Name, double PlacedAtMs, long StreamPosition)
{
    public double? EchoedAtMs { get; init; }

    /// <summary><c>played</c>, <c>nothing-queued</c>, <c>cleared</c>, <c>discarded</c>, or null while pending.</summary>
    public string? Outcome { get; init; }
}
