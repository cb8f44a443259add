namespace Conformance.Harness.Drivers;

/// <summary>Which way a recorded event went: to the agent, from the agent, or something the harness noted itself.</summary>
public enum WireDirection
{
    ToAgent,
    FromAgent,
    Local,
}
