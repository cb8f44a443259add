using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Running;

public sealed class TestRunExecutionTests
{
    private const string UndefinedFeature = """
        Feature: Calls
          Scenario: an undefined step
            Given a caller with 2 lines
            When the caller dials "+15550100" after 1.5 seconds
            Then the call is up
        """;

    private readonly RunHarness _harness = new();

    [Fact]
    public async Task UndefinedStep_Run_FailsWithStepLineAndPasteableSnippet()
    {
        var plan = _harness.Plan([typeof(CallSteps)], null, ("calls.feature", UndefinedFeature));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        var pickle = Assert.Single(result.Pickles);
        Assert.Equal(StepStatus.Undefined, pickle.Status);
        Assert.Equal([StepStatus.Passed, StepStatus.Undefined, StepStatus.Skipped], pickle.Steps.Select(s => s.Status));
        var undefined = pickle.Steps[1];
        Assert.Equal("Undefined step: When the caller dials \"+15550100\" after 1.5 seconds", undefined.Message);
        Assert.Equal(4, undefined.Location!.Line);
        Assert.Equal(
            """
            [When("the caller dials {string} after {float} seconds")]
            public void TheCallerDialsAfterSeconds(string string1, double float1)
            {
                throw new PendingStepException();
            }
            """,
            undefined.Snippet);
        var description = pickle.Describe();
        Assert.Contains("Calls › an undefined step: UNDEFINED", description, StringComparison.Ordinal);
        Assert.Contains("Step undefined: When the caller dials \"+15550100\" after 1.5 seconds\n    at calls.feature:4", description, StringComparison.Ordinal);
        Assert.Contains("You can implement it with:", description, StringComparison.Ordinal);
        Assert.False(result.Success);
    }

    [Fact]
    public async Task FailingStep_Run_ReportsLineErrorAndSkipsTheRestButRunsAfterHooks()
    {
        var plan = _harness.Plan([typeof(CallSteps), typeof(TeardownHooks)], null, ("calls.feature", """
            Feature: Calls
              Scenario: a failing assertion
                Given a caller with 2 lines
                Then the caller has 3 lines
                And the call is up
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        var pickle = Assert.Single(result.Pickles);
        Assert.Equal(StepStatus.Failed, pickle.Status);
        Assert.Equal([StepStatus.Passed, StepStatus.Failed, StepStatus.Skipped, StepStatus.Passed], pickle.Steps.Select(s => s.Status));
        Assert.Equal(TestStepKind.AfterHook, pickle.Steps[3].Kind);
        var failed = pickle.Steps[1];
        Assert.IsType<Xunit.Sdk.EqualException>(failed.Error);
        Assert.Contains("Step failed: Then the caller has 3 lines\n    at calls.feature:4", pickle.Describe(), StringComparison.Ordinal);
        Assert.Contains("✗ Then the caller has 3 lines", pickle.Log(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingAndAmbiguousSteps_Run_AreReportedAsSuch()
    {
        var plan = _harness.Plan([typeof(CallSteps), typeof(DuplicateSteps)], null, ("calls.feature", """
            Feature: Calls
              Scenario: pending
                Given a step that is pending
              Scenario: ambiguous
                Given a caller with 2 lines
                Then the call is up
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        Assert.Equal(StepStatus.Pending, result.Pickles[0].Status);
        Assert.Equal(StepStatus.Ambiguous, result.Pickles[1].Status);
        Assert.Contains("matches 2 step definitions", result.Pickles[1].Steps[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenarioHooks_TagFiltersAndOrder_RunWhereTheyApply()
    {
        var log = new List<string>();
        var plan = _harness.Plan([typeof(CallSteps), typeof(OrderedHooks)], null, ("hooks.feature", """
            Feature: Hooks
              @webrtc
              Scenario: webrtc
                Given a caller with 1 lines
              Scenario: plain
                Given a caller with 1 lines
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options(s => s.AddSingleton(log)));

        Assert.True(result.Success);
        Assert.Equal(
            ["run:start", "before:all", "before:webrtc", "step:before", "step:after", "after:webrtc", "after:all",
             "before:all", "step:before", "step:after", "after:all", "run:end"],
            log);
    }

    [Fact]
    public async Task BeforeTestRunHook_Throws_EveryPickleFailsWithoutRunning()
    {
        var plan = _harness.Plan([typeof(CallSteps), typeof(BrokenRunHook)], null, ("calls.feature", """
            Feature: Calls
              Scenario: one
                Given a caller with 1 lines
            """));

        var (result, messages) = await RunHarness.RunAllAsync(plan, _harness.Options());

        var pickle = Assert.Single(result.Pickles);
        Assert.Equal(StepStatus.Failed, pickle.Status);
        Assert.All(pickle.Steps, s => Assert.Equal(StepStatus.Skipped, s.Status));
        Assert.Contains("BrokenRunHook.Start failed: emulator did not start", pickle.Error!.Message, StringComparison.Ordinal);
        Assert.False(result.Success);
        Assert.Contains(messages, m => m.TestRunFinished is { Success: false, Message: not null });
    }

    [Fact]
    public async Task TagFilter_ExcludedPickles_AreNotPlannedAndExecuteAsSkipped()
    {
        var plan = _harness.Plan([typeof(CallSteps)], "@webrtc and not @slow", ("tags.feature", """
            Feature: Tags
              @webrtc
              Scenario: selected
                Given a caller with 1 lines
              @webrtc @slow
              Scenario: slow
                Given a caller with 1 lines
              Scenario: untagged
                Given a caller with 1 lines
            """));

        Assert.Equal(["selected"], plan.Pickles.Select(p => p.Pickle.Name));
        Assert.Equal(["slow", "untagged"], plan.Excluded.Select(p => p.Pickle.Name));
        await using var run = await TestRun.StartAsync(plan, _harness.Options(), CancellationToken.None);
        var skipped = await run.ExecuteAsync(plan.Excluded[0], CancellationToken.None);
        Assert.Equal(StepStatus.Skipped, skipped.Status);
        Assert.Equal("not selected by the run's tag expression", skipped.Steps[0].Message);
    }

    [Fact]
    public async Task StepTimeout_StepNeverFinishes_FailsWhenTheClockPassesTheLimit()
    {
        var gate = new HangingStep.Gate();
        var plan = _harness.Plan([typeof(HangingStep)], null, ("hang.feature", """
            Feature: Hang
              Scenario: a step that never returns
                Given a step that hangs
            """));
        await using var run = await TestRun.StartAsync(plan, _harness.Options(s => s.AddSingleton(gate), stepTimeout: TimeSpan.FromSeconds(5)), CancellationToken.None);

        var executing = run.ExecuteAsync(plan.Pickles[0], CancellationToken.None);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _harness.Clock.Advance(TimeSpan.FromSeconds(5));
        var result = await executing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(StepStatus.Failed, result.Status);
        Assert.IsType<TimeoutException>(result.Steps[0].Error);
        Assert.Contains("within 5 s", result.Steps[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_RunTokenCancelled_StepSeesItAndFails()
    {
        var gate = new HangingStep.Gate();
        var plan = _harness.Plan([typeof(HangingStep)], null, ("hang.feature", """
            Feature: Hang
              Scenario: cancelled
                Given a step that waits for cancellation
            """));
        await using var run = await TestRun.StartAsync(plan, _harness.Options(s => s.AddSingleton(gate)), CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var executing = run.ExecuteAsync(plan.Pickles[0], cts.Token);
        await gate.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();
        var result = await executing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(StepStatus.Failed, result.Status);
        Assert.IsAssignableFrom<OperationCanceledException>(result.Steps[0].Error);
        Assert.True(gate.SawCancellation);
    }

    [Fact]
    public async Task ArgumentConversion_ValueOutOfRange_FailsWithParameterNameAndValue()
    {
        var plan = _harness.Plan([typeof(CallSteps)], null, ("calls.feature", """
            Feature: Calls
              Scenario: overflow
                Given a caller with 99999999999 lines
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        var step = result.Pickles[0].Steps[0];
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.Contains("Argument 'lines' ('99999999999') could not be converted to Int32", step.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StepArguments_TablesDocStringsAndRegexCaptures_ArePassed()
    {
        var captured = new ArgumentSteps.Captured();
        var plan = _harness.Plan([typeof(ArgumentSteps)], null, ("args.feature", """
            Feature: Arguments
              Scenario: all kinds
                Given the SDP is:
                  ```application/sdp
                  v=0
                  ```
                And the codecs are:
                  | name | rate  |
                  | opus | 48000 |
                And I wait 250 ms
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options(s => s.AddSingleton(captured)));

        Assert.True(result.Success, result.Pickles[0].Describe());
        Assert.Equal(("v=0", "application/sdp"), (captured.Sdp!.Content, captured.Sdp.MediaType));
        Assert.Equal("48000", captured.Codecs!.ToDictionaries()[0]["rate"]);
        Assert.Equal((250L, "ms"), (captured.Wait, captured.Unit));
    }

    private sealed class CallSteps
    {
        private int _lines;

        [Given("a caller with {int} lines")]
        public void CallerWith(int lines) => _lines = lines;

        [Then("the caller has {int} lines")]
        public void CallerHas(int lines) => Assert.Equal(lines, _lines);

        [Then("the call is up")]
        public static void CallIsUp()
        {
        }

        [Given("a step that is pending")]
        public static void Pending() => throw new PendingStepException();
    }

    private sealed class DuplicateSteps
    {
        [Then("the call is {word}")]
        public static void CallIs(string state) => Assert.NotNull(state);
    }

    private sealed class TeardownHooks
    {
        [AfterScenario]
        public static void Teardown()
        {
        }
    }

    private sealed class OrderedHooks(List<string> log)
    {
        [BeforeTestRun]
        public void RunStart() => log.Add("run:start");

        [AfterTestRun]
        public void RunEnd() => log.Add("run:end");

        [BeforeScenario(Order = 1)]
        public void BeforeAll() => log.Add("before:all");

        [BeforeScenario("@webrtc", Order = 2)]
        public void BeforeWebRtc() => log.Add("before:webrtc");

        [AfterScenario("@webrtc", Order = 2)]
        public void AfterWebRtc() => log.Add("after:webrtc");

        [AfterScenario(Order = 1)]
        public void AfterAll() => log.Add("after:all");

        [BeforeStep]
        public void BeforeStep() => log.Add("step:before");

        [AfterStep]
        public void AfterStep() => log.Add("step:after");
    }

    private sealed class BrokenRunHook
    {
        [BeforeTestRun]
        public static void Start() => throw new InvalidOperationException("emulator did not start");
    }

    private sealed class HangingStep(HangingStep.Gate gate)
    {
        [Given("a step that hangs")]
        public Task Hangs()
        {
            gate.Entered.TrySetResult();
            return new TaskCompletionSource().Task;
        }

        [Given("a step that waits for cancellation")]
        public async Task WaitsForCancellation(CancellationToken cancellationToken)
        {
            gate.Entered.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }
            finally
            {
                gate.SawCancellation = cancellationToken.IsCancellationRequested;
            }
        }

        public sealed class Gate
        {
            public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public bool SawCancellation { get; set; }
        }
    }

    private sealed class ArgumentSteps(ArgumentSteps.Captured captured)
    {
        [Given("the SDP is:")]
        public void Sdp(DocString sdp) => captured.Sdp = sdp;

        [Given("the codecs are:")]
        public void Codecs(DataTable table) => captured.Codecs = table;

        [Given(@"^I wait (\d+) (ms|s)$")]
        public void Wait(long amount, string unit) => (captured.Wait, captured.Unit) = (amount, unit);

        public sealed class Captured
        {
            public DocString? Sdp { get; set; }

            public DataTable? Codecs { get; set; }

            public long Wait { get; set; }

            public string? Unit { get; set; }
        }
    }
}
