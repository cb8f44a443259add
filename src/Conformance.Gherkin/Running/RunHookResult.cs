using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Running;

/// <summary>What happened to a <c>[BeforeTestRun]</c> or <c>[AfterTestRun]</c> hook.</summary>
public sealed record RunHookResult(HookBinding Hook, StepStatus Status, TimeSpan Duration, Exception? Error);
