namespace Conformance.Gherkin.Running;

public enum ServiceLifetime
{
    /// <summary>One per run, shared by every scenario, disposed when the run ends.</summary>
    Run,

    /// <summary>One per scenario, shared by the scenario's step classes, disposed when it ends.</summary>
    Scenario,
}
