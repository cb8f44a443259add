using BenchmarkDotNet.Attributes;
using Conformance.Audio;
using Conformance.Emulator.Agent.Script;
using Conformance.Emulator.Agent.Turns;

namespace Conformance.Benchmarks.Agent;

/// <summary>
/// Cost per 20 ms caller frame (8 kHz): the bare turn engine on precomputed levels, the level
/// measurement, and the whole scripted session (level + engine + script + output selection).
/// Each invocation runs a 60 s call; results are per frame.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TurnEngineBenchmarks
{
    private const int Frames = 3000;
    private short[][] _frames = [];
    private double[] _levels = [];
    private Persona _persona = null!;
    private Conformance.Emulator.Agent.Clips.ClipCatalog _clips = null!;

    [GlobalSetup]
    public void Setup()
    {
        _frames = AgentBenchmarkData.CallerFrames(60);
        _levels = _frames.Select(f => SignalAnalysis.Dbfs(f)).ToArray();
        _clips = AgentBenchmarkData.ModelClips();
        _persona = PersonaLoader.Load(AgentBenchmarkData.Find("fixtures/model/personas/default.yaml"), _clips);
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int EngineFrame()
    {
        var engine = new TurnEngine(TurnPolicy.Default with { InactivityTimeoutMs = 10_000 }, 8000);
        var events = 0;
        for (var i = 0; i < Frames; i++)
        {
            events += engine.Process(new TurnFrame(i * 160L, 160, _levels[i], AgentAudible: i % 400 < 150)).Count;
        }

        return events;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public double LevelFrame()
    {
        var sum = 0.0;
        for (var i = 0; i < Frames; i++)
        {
            sum += SignalAnalysis.Dbfs(_frames[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Frames)]
    public int SessionFrame()
    {
        var session = new AgentSession(new AgentSessionOptions { Persona = _persona, Clips = _clips, SampleRate = 8000 });
        session.Start();
        var outputs = 0;
        for (var i = 0; i < Frames && !session.HasEnded; i++)
        {
            outputs += session.Step(_frames[i]).Output is null ? 0 : 1;
        }

        return outputs;
    }
}
