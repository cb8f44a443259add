using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Reporting;

namespace Conformance.Gherkin.Running;

/// <summary>
/// Executes a <see cref="TestPlan"/>, independent of any test framework:
/// <code>
/// await using var run = await TestRun.StartAsync(plan, options, ct);   // run services, [BeforeTestRun]
/// foreach (var pickle in plan.Pickles) await run.ExecuteAsync(pickle, ct);  // any order, may overlap
/// var result = await run.FinishAsync(ct);                             // [AfterTestRun], dispose, reports
/// </code>
/// or <see cref="RunAsync"/> for all of it as a stream of progress events. Every step, hook and
/// attachment is recorded as Cucumber Messages (<see cref="Messages"/>).
/// </summary>
public sealed class TestRun : IAsyncDisposable
{
    private readonly TestRunOptions _options;
    private readonly MessageLog _messages = new();
    private readonly Dictionary<string, TestCasePlan> _testCases = new(StringComparer.Ordinal);
    private readonly List<PickleResult> _results = [];
    private readonly List<RunHookResult> _runHooks = [];
    private readonly Lock _lock = new();
    private readonly RunScope _scope;
    private readonly string _testRunStartedId;
    private readonly DateTimeOffset _startedAt;
    private readonly long _startTimestamp;
    private Task<RunResult>? _finish;

    private TestRun(TestPlan plan, TestRunOptions options, RunScope scope)
    {
        Plan = plan;
        _options = options;
        _scope = scope;
        _testRunStartedId = options.Ids.NewId();
        _startedAt = options.TimeProvider.GetUtcNow();
        _startTimestamp = options.TimeProvider.GetTimestamp();
    }

    public TestPlan Plan { get; }

    public IReadOnlyList<Envelope> Messages => _messages.Envelopes;

    public IReadOnlyList<PickleResult> Results
    {
        get
        {
            lock (_lock)
            {
                return [.. _results];
            }
        }
    }

    /// <summary>The <c>[BeforeTestRun]</c> hook that failed, if one did: then every pickle fails without running.</summary>
    public RunHookResult? FailedStart { get; private set; }

    internal TestRunOptions Options => _options;

    internal RunScope Scope => _scope;

    internal string TestRunStartedId => _testRunStartedId;

    public static async Task<TestRun> StartAsync(TestPlan plan, TestRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var services = new RunServices();
        foreach (var startup in plan.Bindings.Types.Where(t => typeof(IRunStartup).IsAssignableFrom(t)))
        {
            var instance = (IRunStartup)(Activator.CreateInstance(startup)
                ?? throw new InvalidOperationException($"Could not create the startup class {startup.FullName}."));
            instance.ConfigureServices(services);
        }

        options.ConfigureServices?.Invoke(services);
        var run = new TestRun(plan, options, new RunScope(services.Registrations, options.TimeProvider));
        run._messages.Add(new Envelope { Meta = options.Meta ?? MessageLog.DefaultMeta() });
        run._messages.AddDefinitions(plan);
        run._messages.Add(new Envelope { TestRunStarted = new TestRunStarted(Timestamp.From(run._startedAt), run._testRunStartedId) });
        foreach (var pickle in plan.Pickles)
        {
            run.AnnounceTestCase(pickle);
        }

        options.OnEvent?.Invoke(new RunStarted(plan));
        foreach (var hook in plan.Bindings.Hooks.Where(h => h.Kind == HookKind.BeforeTestRun))
        {
            var result = await run.RunHookAsync(hook, cancellationToken);
            if (result.Status != StepStatus.Passed)
            {
                run.FailedStart = result;
                break;
            }
        }

        return run;
    }

    /// <summary>Runs everything, yielding progress as it goes; the last event is <see cref="RunFinished"/>.</summary>
    public static async IAsyncEnumerable<RunEvent> RunAsync(
        TestPlan plan, TestRunOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var events = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
        var forwarding = new TestRunOptions
        {
            Name = options.Name,
            TimeProvider = options.TimeProvider,
            Ids = options.Ids,
            ConfigureServices = options.ConfigureServices,
            ReportsDirectory = options.ReportsDirectory,
            StepTimeout = options.StepTimeout,
            Meta = options.Meta,
            OnEvent = e =>
            {
                options.OnEvent?.Invoke(e);
                events.Writer.TryWrite(e);
            },
        };
        var running = Task.Run(
            async () =>
            {
                try
                {
                    await using var run = await StartAsync(plan, forwarding, cancellationToken);
                    foreach (var pickle in plan.Pickles)
                    {
                        await run.ExecuteAsync(pickle, cancellationToken);
                    }

                    await run.FinishAsync(cancellationToken);
                    events.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    events.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);

        await foreach (var e in events.Reader.ReadAllAsync(cancellationToken))
        {
            yield return e;
        }

        await running;
    }

    /// <summary>Executes one pickle of the plan. A pickle the tag filter left out is reported skipped, not run.</summary>
    public async Task<PickleResult> ExecuteAsync(PlannedPickle pickle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pickle);
        TestCasePlan? testCase;
        lock (_lock)
        {
            if (_finish is not null)
            {
                throw new InvalidOperationException("The run has finished.");
            }

            _testCases.TryGetValue(pickle.Key, out testCase);
        }

        var result = testCase is null
            ? Excluded(pickle)
            : await new PickleExecutor(this, testCase).ExecuteAsync(cancellationToken);
        lock (_lock)
        {
            _results.Add(result);
        }

        _options.OnEvent?.Invoke(new PickleFinished(result));
        return result;
    }

    /// <summary>Runs <c>[AfterTestRun]</c> hooks, disposes run services, writes the reports. Safe to call twice.</summary>
    public Task<RunResult> FinishAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _finish ??= FinishCoreAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await FinishAsync(CancellationToken.None);

    internal void Publish(Envelope envelope) => _messages.Add(envelope);

    private async Task<RunResult> FinishCoreAsync(CancellationToken cancellationToken)
    {
        foreach (var hook in Plan.Bindings.Hooks.Where(h => h.Kind == HookKind.AfterTestRun).Reverse())
        {
            await RunHookAsync(hook, cancellationToken);
        }

        Exception? disposeError = null;
        try
        {
            await _scope.DisposeAsync();
        }
        catch (Exception e)
        {
            disposeError = e;
        }

        var time = _options.TimeProvider;
        var results = Results;
        var partial = new RunResult(_options.Name, results, _runHooks, _startedAt, time.GetElapsedTime(_startTimestamp), []);
        var message = disposeError is not null ? $"Disposing run services failed: {disposeError.Message}"
            : FailedStart is { } failed ? $"[BeforeTestRun] {failed.Hook.Name} failed: {failed.Error?.Message}" : null;
        _messages.Add(new Envelope
        {
            TestRunFinished = new TestRunFinished(
                message,
                partial.Success && disposeError is null,
                Timestamp.From(time.GetUtcNow()),
                disposeError is null ? null : new ExceptionInfo(disposeError.GetType().FullName!, disposeError.Message, disposeError.StackTrace),
                _testRunStartedId),
        });

        var files = _options.ReportsDirectory is { } directory
            ? await ReportWriter.WriteAsync(directory, _options.Name, _messages.Envelopes, partial, cancellationToken)
            : [];
        var finished = partial with { ReportFiles = files };
        _options.OnEvent?.Invoke(new RunFinished(finished));
        return finished;
    }

    private PickleResult Excluded(PlannedPickle pickle) => new(
        pickle,
        StepStatus.Skipped,
        [.. pickle.Steps.Select(s => new StepResult(TestStepKind.Step, s.ToString(), s.Location, StepStatus.Skipped, TimeSpan.Zero, Message: "not selected by the run's tag expression"))],
        [],
        _options.TimeProvider.GetUtcNow(),
        TimeSpan.Zero);

    private void AnnounceTestCase(PlannedPickle pickle)
    {
        var ids = _options.Ids;
        var tags = pickle.Tags;
        var items = new List<TestCasePlan.Item>();
        items.AddRange(Plan.Bindings.HooksFor(HookKind.BeforeScenario, tags).Select(h => new TestCasePlan.Item(ids.NewId(), TestStepKind.BeforeHook, h, null)));
        items.AddRange(pickle.Steps.Select(s => new TestCasePlan.Item(ids.NewId(), TestStepKind.Step, null, s)));
        items.AddRange(Plan.Bindings.HooksFor(HookKind.AfterScenario, tags).Reverse().Select(h => new TestCasePlan.Item(ids.NewId(), TestStepKind.AfterHook, h, null)));
        var testCase = new TestCasePlan(ids.NewId(), pickle, items);
        _testCases[pickle.Key] = testCase;
        _messages.Add(new Envelope
        {
            TestCase = new TestCaseMessage(
                testCase.Id,
                pickle.Pickle.Id,
                [.. items.Select(i => i.Step is { } step
                    ? new TestStepMessage(
                        i.TestStepId,
                        PickleStepId: step.Step.Id,
                        StepDefinitionIds: [.. step.Match.Matches.Select(m => m.Binding.Id)],
                        StepMatchArgumentsLists: [.. step.Match.Matches.Select(m => new StepMatchArgumentsList(
                            [.. m.Arguments.Select(a => new StepMatchArgument(a.Group, a.ParameterType?.Name))]))])
                    : new TestStepMessage(i.TestStepId, HookId: i.Hook!.Id))],
                _testRunStartedId),
        });
    }

    private async Task<RunHookResult> RunHookAsync(HookBinding hook, CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        var startedId = _options.Ids.NewId();
        _messages.Add(new Envelope { TestRunHookStarted = new TestRunHookStarted(startedId, _testRunStartedId, hook.Id, null, Timestamp.From(time.GetUtcNow())) });
        var start = time.GetTimestamp();
        Exception? error = null;
        try
        {
            var target = hook.Method.IsStatic ? null : await _scope.GetAsync(hook.Method.DeclaringType!, cancellationToken);
            var arguments = new object?[hook.Method.GetParameters().Length];
            var parameters = hook.Method.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                arguments[i] = parameters[i].ParameterType == typeof(CancellationToken)
                    ? cancellationToken
                    : await _scope.GetAsync(parameters[i].ParameterType, cancellationToken);
            }

            await MethodInvoker.InvokeAsync(hook.Method, target, arguments, time, _options.StepTimeout, cancellationToken);
        }
        catch (Exception e)
        {
            error = e;
        }

        var duration = time.GetElapsedTime(start);
        var status = error is null ? StepStatus.Passed : StepStatus.Failed;
        _messages.Add(new Envelope
        {
            TestRunHookFinished = new TestRunHookFinished(startedId, MessageLog.Result(status, duration, error, null), Timestamp.From(time.GetUtcNow())),
        });
        var result = new RunHookResult(hook, status, duration, error);
        lock (_lock)
        {
            _runHooks.Add(result);
        }

        return result;
    }
}
