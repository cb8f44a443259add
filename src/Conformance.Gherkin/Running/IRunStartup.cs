namespace Conformance.Gherkin.Running;

/// <summary>
/// Implemented by a class in a step assembly to register run services. Every startup class found
/// runs (by full name) before the host's own registrations, so a host can override them.
/// </summary>
public interface IRunStartup
{
    void ConfigureServices(RunServices services);
}
