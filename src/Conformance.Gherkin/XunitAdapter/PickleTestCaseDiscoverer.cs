using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>
/// Finds the pickles for a <see cref="GherkinScenariosAttribute"/> method: one test case each.
/// Anything that would stop them from running (missing folder, a bad tag expression, parse errors,
/// broken step definitions) becomes a failing test case that says so, never silence.
/// </summary>
public sealed class PickleTestCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        IXunitTestCase Error(string message) => new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, message);

        GherkinScenariosConfiguration configuration;
        TestPlan plan;
        try
        {
            configuration = GherkinScenariosConfiguration.From(factAttribute, testMethod);
            plan = configuration.LoadPlan(new IncrementingIdGenerator());
        }
        catch (Exception e)
        {
            return [Error($"[GherkinScenarios] could not load the features: {e.Message}")];
        }

        var cases = new List<IXunitTestCase>();
        cases.AddRange(plan.Features.ParseErrors.GroupBy(e => e.File.Uri).Select(g =>
            Error($"{g.Key} does not parse:\n{string.Join("\n", g.Select(e => e.Error.Message))}")));
        if (plan.Bindings.Problems.Count > 0)
        {
            cases.Add(Error($"Step definitions that cannot be used:\n{string.Join("\n", plan.Bindings.Problems)}"));
        }

        cases.AddRange(plan.Pickles.Select(p => new PickleTestCase(diagnosticMessageSink, display, displayOptions, testMethod, configuration, p)));
        return cases;
    }
}
