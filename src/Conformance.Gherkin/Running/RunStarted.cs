namespace Conformance.Gherkin.Running;

public sealed record RunStarted(TestPlan Plan) : RunEvent;
