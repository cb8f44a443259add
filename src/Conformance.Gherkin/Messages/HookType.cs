namespace Conformance.Gherkin.Messages;

public enum HookType
{
    BeforeTestRun,
    AfterTestRun,
    BeforeTestCase,
    AfterTestCase,
    BeforeTestStep,
    AfterTestStep,
}
