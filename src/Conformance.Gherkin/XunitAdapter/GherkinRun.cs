using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Xunit;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>
/// The run behind a class of <see cref="GherkinScenariosAttribute"/> tests, held by xunit as a
/// class fixture: started by the first test (run services, <c>[BeforeTestRun]</c>), finished when
/// the class is done (<c>[AfterTestRun]</c>, disposal, reports to $CONFORMANCE_REPORTS_DIR).
/// </summary>
public sealed class GherkinRun : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private Task<TestRun>? _start;
    private TestRun? _run;
    private GherkinScenariosConfiguration? _configuration;

    /// <summary>The finished run's result, once the class's tests are done.</summary>
    public RunResult? Result { get; private set; }

    /// <summary>The run's messages so far.</summary>
    public IReadOnlyList<Envelope> Messages => _run?.Messages ?? [];

    /// <summary>For the body of the attributed method, which the adapter never calls.</summary>
    public void RunByTheAdapter() =>
        throw new InvalidOperationException(
            $"Scenarios of {_configuration?.RunName ?? "this class"} are run by the [GherkinScenarios] adapter, not by calling this method.");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            Result = await _run.FinishAsync(CancellationToken.None);
        }
    }

    internal async Task<PickleResult> ExecuteAsync(GherkinScenariosConfiguration configuration, string key, CancellationToken cancellationToken)
    {
        var run = await StartAsync(configuration, cancellationToken);
        var pickle = run.Plan.Find(key)
            ?? throw new InvalidOperationException($"No pickle at {key} any more: was the feature file changed since discovery?");
        return await run.ExecuteAsync(pickle, cancellationToken);
    }

    private Task<TestRun> StartAsync(GherkinScenariosConfiguration configuration, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_start is not null && _configuration?.Key != configuration.Key)
            {
                throw new InvalidOperationException("One GherkinRun serves one [GherkinScenarios] method; use a class per method.");
            }

            _configuration = configuration;
            return _start ??= StartCoreAsync(configuration, cancellationToken);
        }
    }

    private async Task<TestRun> StartCoreAsync(GherkinScenariosConfiguration configuration, CancellationToken cancellationToken)
    {
        var ids = new GuidIdGenerator();
        var plan = configuration.LoadPlan(ids);
        var options = new TestRunOptions
        {
            Name = configuration.RunName,
            TimeProvider = TimeProvider.System,
            Ids = ids,
            StepTimeout = configuration.StepTimeout,
        };
        _run = await TestRun.StartAsync(plan, options, cancellationToken);
        return _run;
    }
}
