using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Running;

/// <summary>A pickle's test case as announced in the <c>testCase</c> message: hooks and steps with their ids.</summary>
internal sealed record TestCasePlan(string Id, PlannedPickle Pickle, IReadOnlyList<TestCasePlan.Item> Items)
{
    public sealed record Item(string TestStepId, TestStepKind Kind, HookBinding? Hook, PlannedStep? Step);
}
