using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;

namespace Conformance.Gherkin.Running;

/// <summary>
/// Runs one test case: before hooks, steps, after hooks, in a fresh scenario scope. After the
/// first step that does not pass, the remaining steps are skipped (undefined and ambiguous ones
/// are still reported as such); after hooks always run.
/// </summary>
internal sealed class PickleExecutor(TestRun run, TestCasePlan testCase)
{
    private readonly TimeProvider _time = run.Options.TimeProvider;
    private readonly string _testCaseStartedId = run.Options.Ids.NewId();

    public async Task<PickleResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var pickle = testCase.Pickle;
        var startedAt = _time.GetUtcNow();
        var start = _time.GetTimestamp();
        run.Options.OnEvent?.Invoke(new PickleStarted(pickle));
        run.Publish(new Envelope { TestCaseStarted = new TestCaseStarted(0, _testCaseStartedId, testCase.Id, null, Timestamp.From(startedAt)) });

        var output = new ScenarioOutput(_time, a => run.Publish(new Envelope
        {
            Attachment = new AttachmentMessage(a.Body, a.Encoding, a.FileName, a.MediaType, _testCaseStartedId, a.TestStepId, null, null, Timestamp.From(a.Timestamp)),
        }));
        var scope = new ScenarioScope(run.Scope, new ScenarioInfo(pickle), output);
        var results = new List<StepResult>();
        var status = StepStatus.Passed;
        Exception? error = null;
        if (run.FailedStart is { } failedStart)
        {
            status = StepStatus.Failed;
            error = new InvalidOperationException(
                $"The run could not start: [BeforeTestRun] {failedStart.Hook.Name} failed: {failedStart.Error?.Message}", failedStart.Error);
        }

        foreach (var item in testCase.Items)
        {
            output.CurrentTestStepId = item.TestStepId;
            run.Publish(new Envelope { TestStepStarted = new TestStepStarted(_testCaseStartedId, item.TestStepId, Timestamp.From(_time.GetUtcNow())) });
            var result = item.Kind switch
            {
                _ when run.FailedStart is not null => Skipped(item),
                TestStepKind.Step => await StepAsync(item, scope, blocked: status != StepStatus.Passed, cancellationToken),
                TestStepKind.BeforeHook when status != StepStatus.Passed => Skipped(item),
                _ => await HookAsync(item, scope, cancellationToken),
            };
            results.Add(result);
            if (result.Status > status)
            {
                status = result.Status;
            }

            run.Publish(new Envelope
            {
                TestStepFinished = new TestStepFinished(
                    _testCaseStartedId, item.TestStepId, MessageLog.Result(result.Status, result.Duration, result.Error, result.Message), Timestamp.From(_time.GetUtcNow())),
            });
            if (result.Snippet is { } snippet && item.Step is { } undefined)
            {
                run.Publish(new Envelope { Suggestion = new Suggestion(run.Options.Ids.NewId(), undefined.Step.Id, [new Snippet("csharp", snippet)]) });
            }

            run.Options.OnEvent?.Invoke(new StepFinished(pickle, result));
        }

        output.CurrentTestStepId = null;
        try
        {
            await scope.DisposeAsync();
        }
        catch (Exception e)
        {
            error ??= e;
            status = StepStatus.Failed;
        }

        run.Publish(new Envelope { TestCaseFinished = new TestCaseFinished(_testCaseStartedId, Timestamp.From(_time.GetUtcNow()), false) });
        if (results.Count > 0 && results.All(r => r.Status == StepStatus.Skipped) && error is null && status == StepStatus.Skipped)
        {
            status = StepStatus.Skipped;
        }

        return new PickleResult(pickle, status, results, output.Attachments, startedAt, _time.GetElapsedTime(start), error);
    }

    private static StepResult Skipped(TestCasePlan.Item item) =>
        new(item.Kind, Describe(item), item.Step?.Location, StepStatus.Skipped, TimeSpan.Zero, TestStepId: item.TestStepId);

    private static string Describe(TestCasePlan.Item item) =>
        item.Step?.ToString() ?? $"{(item.Kind == TestStepKind.BeforeHook ? "[BeforeScenario]" : "[AfterScenario]")} {item.Hook!.Name}";

    private async Task<StepResult> StepAsync(TestCasePlan.Item item, ScenarioScope scope, bool blocked, CancellationToken cancellationToken)
    {
        var step = item.Step!;
        var registry = run.Plan.Bindings;
        if (step.Match.IsUndefined)
        {
            var snippet = SnippetGenerator.Generate(step.Step, registry.ParameterTypes);
            return new StepResult(
                TestStepKind.Step, step.ToString(), step.Location, StepStatus.Undefined, TimeSpan.Zero,
                Message: $"Undefined step: {step}", Snippet: snippet, TestStepId: item.TestStepId);
        }

        if (step.Match.IsAmbiguous)
        {
            return new StepResult(
                TestStepKind.Step, step.ToString(), step.Location, StepStatus.Ambiguous, TimeSpan.Zero,
                Message: TestPlan.AmbiguityMessage(step), TestStepId: item.TestStepId);
        }

        if (blocked)
        {
            return Skipped(item);
        }

        var start = _time.GetTimestamp();
        var match = step.Match.Unique!;
        var tags = testCase.Pickle.Tags;
        var error = await InvokeHooksAsync(registry.HooksFor(HookKind.BeforeStep, tags), scope, cancellationToken);
        if (error is null)
        {
            error = await CatchAsync(async () =>
            {
                var target = match.Binding.Method.IsStatic ? null : await scope.GetAsync(match.Binding.Method.DeclaringType!, cancellationToken);
                var arguments = StepArguments.For(match, step, registry.ParameterTypes, cancellationToken);
                await MethodInvoker.InvokeAsync(match.Binding.Method, target, arguments, _time, run.Options.StepTimeout, cancellationToken);
            });
        }

        error ??= await InvokeHooksAsync(registry.HooksFor(HookKind.AfterStep, tags).Reverse(), scope, cancellationToken);
        return Finished(item, step.ToString(), step.Location, start, error);
    }

    private async Task<StepResult> HookAsync(TestCasePlan.Item item, ScenarioScope scope, CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        var error = await InvokeHooksAsync([item.Hook!], scope, cancellationToken);
        return Finished(item, Describe(item), null, start, error);
    }

    private StepResult Finished(TestCasePlan.Item item, string text, Ast.Location? location, long start, Exception? error)
    {
        var status = error switch
        {
            null => StepStatus.Passed,
            PendingStepException => StepStatus.Pending,
            _ => StepStatus.Failed,
        };
        return new StepResult(
            item.Kind, text, location, status, _time.GetElapsedTime(start), error,
            error is null ? null : $"{error.GetType().Name}: {error.Message}", TestStepId: item.TestStepId);
    }

    private async Task<Exception?> InvokeHooksAsync(IEnumerable<HookBinding> hooks, ScenarioScope scope, CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            var error = await CatchAsync(async () =>
            {
                var method = hook.Method;
                var target = method.IsStatic ? null : await scope.GetAsync(method.DeclaringType!, cancellationToken);
                var parameters = method.GetParameters();
                var arguments = new object?[parameters.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    arguments[i] = parameters[i].ParameterType == typeof(CancellationToken)
                        ? cancellationToken
                        : await scope.GetAsync(parameters[i].ParameterType, cancellationToken);
                }

                await MethodInvoker.InvokeAsync(method, target, arguments, _time, run.Options.StepTimeout, cancellationToken);
            });
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static async Task<Exception?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
