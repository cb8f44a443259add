namespace Conformance.Gherkin.Bindings;

public enum HookKind
{
    BeforeTestRun,
    AfterTestRun,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
