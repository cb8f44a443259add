using Conformance.Gherkin.Running;

namespace Conformance.Cli.Tests.Steps;

/// <summary>One <see cref="Rendezvous"/> per run (a plain class would be one per scenario).</summary>
public sealed class SampleStartup : IRunStartup
{
    public void ConfigureServices(RunServices services) => services.AddSingleton<Rendezvous>();
}
