using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Expressions;
using Conformance.Gherkin.Messages;
using Conformance.TestSupport;
using Conformance.Gherkin.Running;

namespace Conformance.Gherkin.Tests.Support;

/// <summary>Runs inline features against chosen step classes with a manual clock and incrementing ids.</summary>
internal sealed class RunHarness
{
    public ManualTimeProvider Clock { get; } = new();

    public IncrementingIdGenerator Ids { get; } = new();

    public TestPlan Plan(IEnumerable<Type> stepTypes, string? tags, params (string Uri, string Text)[] features) =>
        TestPlan.Create(
            FeatureSet.FromSources(features.Select(f => KeyValuePair.Create(f.Uri, f.Text)), Ids),
            BindingRegistry.FromTypes(stepTypes, Ids),
            tags is null ? null : TagExpression.Parse(tags));

    public TestRunOptions Options(Action<RunServices>? services = null, string? reports = null, TimeSpan? stepTimeout = null, Action<RunEvent>? onEvent = null) => new()
    {
        Name = "test-run",
        TimeProvider = Clock,
        Ids = Ids,
        ConfigureServices = services,
        ReportsDirectory = reports,
        StepTimeout = stepTimeout,
        Meta = new Meta("34.2.1", new Product("Conformance.Gherkin", "test"), new Product(".NET", "10"), new Product("linux"), new Product("x64")),
        OnEvent = onEvent,
    };

    public static async Task<(RunResult Result, IReadOnlyList<Envelope> Messages)> RunAllAsync(TestPlan plan, TestRunOptions options)
    {
        var run = await TestRun.StartAsync(plan, options, CancellationToken.None);
        foreach (var pickle in plan.Pickles)
        {
            await run.ExecuteAsync(pickle, CancellationToken.None);
        }

        var result = await run.FinishAsync(CancellationToken.None);
        return (result, run.Messages);
    }
}
