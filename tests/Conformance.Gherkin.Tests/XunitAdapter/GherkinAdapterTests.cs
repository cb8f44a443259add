using System.Reflection;
using Conformance.Gherkin.Tests.Samples;
using Conformance.Gherkin.XunitAdapter;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Gherkin.Tests.XunitAdapter;

public sealed class GherkinAdapterTests
{
    [Fact]
    public void Discover_SampleFeatures_OneTestPerPickleNamedWithTagTraits()
    {
        var cases = Discover(typeof(SampleFeatures)).Cast<PickleTestCase>().ToArray();

        Assert.Equal(12, cases.Length);
        Assert.Contains("Turn budgets › a reply is judged against its budget (latency: 801, verdict: fail)", cases.Select(c => c.DisplayName));
        Assert.DoesNotContain(cases, c => c.DisplayName.Contains("work in progress", StringComparison.Ordinal));
        var late = cases.Single(c => c.DisplayName.EndsWith("(latency: 801, verdict: fail)", StringComparison.Ordinal));
        Assert.Equal(["sample", "late"], late.Traits["Tag"]);
        Assert.Equal(["Turn budgets"], late.Traits["Feature"]);
        Assert.Equal("turn_budgets.feature:25", late.PickleKey);
        Assert.Equal(cases.Length, cases.Select(c => c.UniqueID).Distinct().Count());
    }

    [Fact]
    public void Serialize_PickleTestCase_RoundTripsNameTraitsAndId()
    {
        var original = Discover(typeof(SampleFeatures)).Cast<PickleTestCase>().First();

        var copy = SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(original));

        var pickle = Assert.IsType<PickleTestCase>(copy);
        Assert.Equal(original.DisplayName, pickle.DisplayName);
        Assert.Equal(original.UniqueID, pickle.UniqueID);
        Assert.Equal(original.PickleKey, pickle.PickleKey);
        Assert.Equal(original.Traits["Tag"], pickle.Traits["Tag"]);
    }

    [Fact]
    public async Task Run_UndefinedStep_FailsWithStepLineAndSnippet()
    {
        var testCase = Assert.IsType<PickleTestCase>(Assert.Single(Discover(typeof(UndefinedStepFeatures))));
        var bus = new CapturingMessageBus();
        var run = new GherkinRun();

        var summary = await testCase.RunAsync(bus, bus, [run], new ExceptionAggregator(), new CancellationTokenSource());
        await run.DisposeAsync();

        Assert.Equal((1, 1), (summary.Total, summary.Failed));
        var failed = Assert.Single(bus.Messages.OfType<ITestFailed>());
        Assert.Equal(typeof(ScenarioFailedException).FullName, failed.ExceptionTypes[0]);
        var message = failed.Messages[0];
        Assert.Contains("An undefined step › the step is not defined: UNDEFINED", message, StringComparison.Ordinal);
        Assert.Contains("Step undefined: When the caller hangs up after \"3\" seconds\n    at undefined_step.feature:6", message, StringComparison.Ordinal);
        Assert.Contains("[When(\"the caller hangs up after {string} seconds\")]\n    public void TheCallerHangsUpAfterSeconds(string string1)", message, StringComparison.Ordinal);
        Assert.Contains("✓ Given the agent replied after 250 ms", failed.Output, StringComparison.Ordinal);
        Assert.Single(bus.Messages.OfType<ITestCaseStarting>());
        Assert.Single(bus.Messages.OfType<ITestCaseFinished>());
        Assert.Equal(Conformance.Gherkin.Running.StepStatus.Undefined, Assert.Single(run.Result!.Pickles).Status);
    }

    [Fact]
    public async Task Run_ClassWithoutRunFixture_FailsSayingWhatToAdd()
    {
        var testCase = Assert.Single(Discover(typeof(UndefinedStepFeatures)));
        var bus = new CapturingMessageBus();

        await testCase.RunAsync(bus, bus, [], new ExceptionAggregator(), new CancellationTokenSource());

        var failed = Assert.Single(bus.Messages.OfType<ITestFailed>());
        Assert.Contains("must implement IClassFixture<GherkinRun>", failed.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_MissingFolder_IsAFailingTestNotSilence()
    {
        var testCase = Assert.Single(Discover(typeof(MissingFolderFeatures)));

        var error = Assert.IsType<ExecutionErrorTestCase>(testCase);
        Assert.Contains("does not exist", error.ErrorMessage, StringComparison.Ordinal);
    }

    private static IXunitTestCase[] Discover(Type testClass)
    {
        var method = testClass.GetMethod("Scenarios")!;
        var assembly = new TestAssembly(Reflector.Wrap(testClass.Assembly));
        var testMethod = new TestMethod(new TestClass(new TestCollection(assembly, null, "adapter tests"), Reflector.Wrap(testClass)), Reflector.Wrap(method));
        var attribute = Reflector.Wrap(method.GetCustomAttributesData().Single(a => a.AttributeType == typeof(GherkinScenariosAttribute)));
        var sink = new CapturingMessageBus();
        return [.. new PickleTestCaseDiscoverer(sink).Discover(new DiscoveryOptions(), testMethod, attribute)];
    }

    // Private, so xunit itself never discovers them: the feature's failure is asserted above instead.
#pragma warning disable xUnit1000 // deliberately not public: these classes are fed to the discoverer by hand
    private sealed class UndefinedStepFeatures(GherkinRun run) : IClassFixture<GherkinRun>
    {
        [GherkinScenarios("AdapterFeatures", RunName = "adapter-undefined")]
        public void Scenarios() => run.RunByTheAdapter();
    }

    private sealed class MissingFolderFeatures
    {
        [GherkinScenarios("NoSuchFolder")]
        public static void Scenarios()
        {
        }
    }
#pragma warning restore xUnit1000

    private sealed class DiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        public TValue GetValue<TValue>(string name) => default!;

        public void SetValue<TValue>(string name, TValue value)
        {
        }
    }
}
