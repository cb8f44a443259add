using BenchmarkDotNet.Attributes;
using Conformance.Audio;

namespace Conformance.Benchmarks.Audio;

/// <summary>Resampling one 20 ms frame of real speech, streaming (filter state carried between frames).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ResamplerBenchmarks : IDisposable
{
    private short[][] _frames = [];
    private short[] _output = [];
    private Resampler? _resampler;
    private int _next;

    [Params("8000->48000", "48000->8000", "16000->24000", "24000->16000")]
    public string Conversion { get; set; } = "8000->48000";

    [Params(Resampler.DefaultQuality)]
    public int Quality { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rates = Conversion.Split("->").Select(int.Parse).ToArray();
        var speech16k = BenchmarkSpeech.Load("fixtures/audio/clips/utterance-testing-routine.wav");
        using var toInput = new Resampler(16000, rates[0]);
        _frames = BenchmarkSpeech.Frames(toInput.Process(speech16k), rates[0] / 50);
        _resampler = new Resampler(rates[0], rates[1], quality: Quality);
        _output = new short[_resampler.MaxOutputLength(rates[0] / 50)];
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _resampler?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Resample20ms() => _resampler!.Process(_frames[Next()], _output);

    private int Next() => _next = (_next + 1) % _frames.Length;
}
