using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Running;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Running;

public sealed class DependencyInjectionTests
{
    private const string TwoScenarios = """
        Feature: Injection
          Scenario: first
            Given the first class writes "a"
            Then the second class reads "a"
          Scenario: second
            Given the first class writes "b"
            Then the second class reads "b"
        """;

    private readonly RunHarness _harness = new();

    [Fact]
    public async Task ScenarioObjects_SharedWithinAScenario_FreshAndDisposedPerScenario()
    {
        var journal = new Journal();
        var plan = _harness.Plan([typeof(FirstSteps), typeof(SecondSteps)], null, ("di.feature", TwoScenarios));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options(s => s.AddSingleton(journal)));

        Assert.True(result.Success, string.Join("\n", result.Pickles.Select(p => p.Describe())));
        Assert.Equal(2, journal.Created.Count(c => c == nameof(SharedState)));
        Assert.Equal(2, journal.Disposed.Count(c => c == nameof(SharedState)));
        Assert.Equal(2, journal.Disposed.Count(c => c == nameof(FirstSteps)));
    }

    [Fact]
    public async Task RunSingletonFactory_UsedByEveryScenario_CreatedOnceDisposedAtFinish()
    {
        var journal = new Journal();
        var plan = _harness.Plan([typeof(FirstSteps), typeof(SecondSteps), typeof(EmulatorSteps)], null, ("di.feature", """
            Feature: Run services
              Scenario: one
                Then the emulator is running
              Scenario: two
                Then the emulator is running
            """));

        var run = await TestRun.StartAsync(
            plan,
            _harness.Options(s => s.AddSingleton(journal).AddSingleton(async (r, ct) => new FakeEmulator(await r.GetAsync<Journal>(ct)))),
            CancellationToken.None);
        foreach (var pickle in plan.Pickles)
        {
            Assert.True((await run.ExecuteAsync(pickle, CancellationToken.None)).Passed);
        }

        Assert.Equal([nameof(FakeEmulator)], journal.Created);
        Assert.Empty(journal.Disposed);
        await run.FinishAsync(CancellationToken.None);
        Assert.Equal([nameof(FakeEmulator)], journal.Disposed);
    }

    [Fact]
    public async Task FailingFactory_EveryScenarioNeedingIt_FailsWithTheFactorysError()
    {
        var plan = _harness.Plan([typeof(EmulatorSteps)], null, ("di.feature", """
            Feature: Run services
              Scenario: one
                Then the emulator is running
            """));

        var (result, _) = await RunHarness.RunAllAsync(
            plan, _harness.Options(s => s.AddSingleton<FakeEmulator>((_, _) => throw new InvalidOperationException("port 5060 is taken"))));

        Assert.Equal("port 5060 is taken", result.Pickles[0].Steps[0].Error!.Message);
    }

    [Fact]
    public async Task InterfaceRegistrations_ScopedAndHostOverride_Resolve()
    {
        var plan = _harness.Plan([typeof(TargetSteps), typeof(TargetStartup)], null, ("di.feature", """
            Feature: Targets
              Scenario: the host's registration wins over the startup class
                Then the target is "host"
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options(s => s.AddScoped<ITarget, HostTarget>()));

        Assert.True(result.Success, result.Pickles[0].Describe());
    }

    [Fact]
    public async Task StartupRegistration_NoHostOverride_IsUsed()
    {
        var plan = _harness.Plan([typeof(TargetSteps), typeof(TargetStartup)], null, ("di.feature", """
            Feature: Targets
              Scenario: the startup class registers the target
                Then the target is "startup"
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        Assert.True(result.Success, result.Pickles[0].Describe());
    }

    [Fact]
    public async Task UnregisteredInterfaceAndCycle_Resolve_FailWithExplanations()
    {
        var plan = _harness.Plan([typeof(TargetSteps), typeof(CycleSteps)], null, ("di.feature", """
            Feature: Broken wiring
              Scenario: nothing registered
                Then the target is "x"
              Scenario: a cycle
                Then the cycle resolves
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options());

        var missing = Assert.IsType<ServiceResolutionException>(result.Pickles[0].Steps[0].Error);
        Assert.Contains("nothing is registered for Conformance.Gherkin.Tests.Running.DependencyInjectionTests+ITarget", missing.Message, StringComparison.Ordinal);
        var cycle = Assert.IsType<ServiceResolutionException>(result.Pickles[1].Steps[0].Error);
        Assert.Contains("Circular dependency: CycleSteps -> ChickenState -> EggState -> ChickenState", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenarioScopedService_AskedForByRunHook_FailsClearly()
    {
        var plan = _harness.Plan([typeof(RunHookNeedingScenarioObject)], null, ("di.feature", """
            Feature: Scopes
              Scenario: one
                Given nothing
            """));

        var (result, _) = await RunHarness.RunAllAsync(plan, _harness.Options(s => s.AddScoped<ITarget, HostTarget>()));

        var hook = Assert.Single(result.RunHooks);
        Assert.Contains("registered per scenario and cannot be used by a run-level object", hook.Error!.Message, StringComparison.Ordinal);
    }

    public interface ITarget
    {
        string Name { get; }
    }

    private sealed class Journal
    {
        public List<string> Created { get; } = [];

        public List<string> Disposed { get; } = [];
    }

    private sealed class SharedState : IAsyncDisposable
    {
        private readonly Journal _journal;

        public SharedState(Journal journal)
        {
            _journal = journal;
            journal.Created.Add(nameof(SharedState));
        }

        public string? Value { get; set; }

        public ValueTask DisposeAsync()
        {
            _journal.Disposed.Add(nameof(SharedState));
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FirstSteps(SharedState state, Journal journal) : IDisposable
    {
        [Given("the first class writes {string}")]
        public void Writes(string value)
        {
            Assert.Null(state.Value);
            state.Value = value;
        }

        public void Dispose() => journal.Disposed.Add(nameof(FirstSteps));
    }

    private sealed class SecondSteps(SharedState state)
    {
        [Then("the second class reads {string}")]
        public void Reads(string value) => Assert.Equal(value, state.Value);
    }

    private sealed class FakeEmulator : IDisposable
    {
        private readonly Journal _journal;

        public FakeEmulator(Journal journal)
        {
            _journal = journal;
            journal.Created.Add(nameof(FakeEmulator));
        }

        public void Dispose() => _journal.Disposed.Add(nameof(FakeEmulator));
    }

    private sealed class EmulatorSteps(FakeEmulator emulator)
    {
        [Then("the emulator is running")]
        public void Running() => Assert.NotNull(emulator);
    }

    private sealed class StartupTarget : ITarget
    {
        public string Name => "startup";
    }

    private sealed class HostTarget : ITarget
    {
        public string Name => "host";
    }

    private sealed class TargetStartup : IRunStartup
    {
        public void ConfigureServices(RunServices services) => services.AddScoped<ITarget, StartupTarget>();
    }

    private sealed class TargetSteps(ITarget target)
    {
        [Then("the target is {string}")]
        public void TargetIs(string name) => Assert.Equal(name, target.Name);
    }

    private sealed class ChickenState(EggState egg)
    {
        public EggState Egg => egg;
    }

    private sealed class EggState(ChickenState chicken)
    {
        public ChickenState Chicken => chicken;
    }

    private sealed class CycleSteps(ChickenState chicken)
    {
        [Then("the cycle resolves")]
        public void Resolves() => Assert.NotNull(chicken);
    }

    private sealed class RunHookNeedingScenarioObject
    {
        [BeforeTestRun]
        public static void Start(ITarget target) => Assert.NotNull(target);

        [Given("nothing")]
        public static void Nothing()
        {
        }
    }
}
