namespace Conformance.Gherkin.Messages;

public enum StepDefinitionPatternType
{
    CucumberExpression,
    RegularExpression,
}
