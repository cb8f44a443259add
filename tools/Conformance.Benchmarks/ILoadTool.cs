namespace Conformance.Benchmarks;

/// <summary>
/// A load tool: a long-running measurement that does not fit BenchmarkDotNet's model (concurrent
/// calls, lateness percentiles). Run with <c>dotnet run -c Release --project tools/Conformance.Benchmarks -- load NAME [args]</c>.
/// Implementations are found by reflection; add a class, nothing else.
/// </summary>
public interface ILoadTool
{
    /// <summary>The name used on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the tool list.</summary>
    string Description { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
