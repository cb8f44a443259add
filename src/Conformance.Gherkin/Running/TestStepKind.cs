namespace Conformance.Gherkin.Running;

/// <summary>What a test step of a scenario is: a Gherkin step or a scenario hook around the steps.</summary>
public enum TestStepKind
{
    BeforeHook,
    Step,
    AfterHook,
}
