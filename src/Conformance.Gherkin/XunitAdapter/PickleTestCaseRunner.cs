using Conformance.Gherkin.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>Runs a <see cref="PickleTestCase"/> through the class's <see cref="GherkinRun"/> and reports it to xunit.</summary>
internal sealed class PickleTestCaseRunner(
    PickleTestCase testCase, GherkinRun? run, IMessageBus messageBus, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    : TestCaseRunner<PickleTestCase>(testCase, messageBus, aggregator, cancellationTokenSource)
{
    protected override async Task<RunSummary> RunTestAsync()
    {
        var test = new XunitTest(TestCase, TestCase.DisplayName);
        var summary = new RunSummary { Total = 1 };
        if (!MessageBus.QueueMessage(new TestStarting(test)))
        {
            await CancellationTokenSource.CancelAsync();
        }

        decimal seconds = 0;
        var output = "";
        try
        {
            if (run is null)
            {
                throw new InvalidOperationException(
                    $"{TestCase.TestMethod.TestClass.Class.Name} must implement IClassFixture<GherkinRun> and take a GherkinRun in its constructor: the run lives in that fixture.");
            }

            var result = await run.ExecuteAsync(TestCase.Configuration, TestCase.PickleKey, CancellationTokenSource.Token);
            seconds = (decimal)result.Duration.TotalSeconds;
            output = result.Log();
            switch (result.Status)
            {
                case StepStatus.Passed:
                    MessageBus.QueueMessage(new TestPassed(test, seconds, output));
                    break;
                case StepStatus.Skipped:
                    summary.Skipped = 1;
                    MessageBus.QueueMessage(new TestSkipped(test, (result.Steps.Count > 0 ? result.Steps[0].Message : null) ?? "skipped"));
                    break;
                default:
                    summary.Failed = 1;
                    var cause = result.Error ?? result.Steps.FirstOrDefault(s => s.Error is not null)?.Error;
                    MessageBus.QueueMessage(new TestFailed(test, seconds, output, new ScenarioFailedException(result.Describe(), cause)));
                    break;
            }
        }
        catch (Exception e)
        {
            summary.Failed = 1;
            MessageBus.QueueMessage(new TestFailed(test, seconds, output, e));
        }

        summary.Time = seconds;
        MessageBus.QueueMessage(new TestFinished(test, seconds, output));
        return summary;
    }
}
