using BenchmarkDotNet.Attributes;
using Conformance.Audio;

namespace Conformance.Benchmarks.Audio;

/// <summary>G.711 per 20 ms frame at 8 kHz (160 samples), on real telephony speech.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class G711Benchmarks
{
    private readonly byte[] _codes = new byte[160];
    private readonly short[] _pcm = new short[160];
    private short[][] _frames = [];
    private byte[][] _muLaw = [];
    private byte[][] _aLaw = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _frames = BenchmarkSpeech.Frames(BenchmarkSpeech.Load("fixtures/audio/clips/utterance-river-spring.wav"), 160);
        _muLaw = _frames.Select(f => { var c = new byte[160]; G711.EncodeMuLaw(f, c); return c; }).ToArray();
        _aLaw = _frames.Select(f => { var c = new byte[160]; G711.EncodeALaw(f, c); return c; }).ToArray();
    }

    [Benchmark]
    public void EncodeMuLaw20ms() => G711.EncodeMuLaw(_frames[Next()], _codes);

    [Benchmark]
    public void DecodeMuLaw20ms() => G711.DecodeMuLaw(_muLaw[Next()], _pcm);

    [Benchmark]
    public void EncodeALaw20ms() => G711.EncodeALaw(_frames[Next()], _codes);

    [Benchmark]
    public void DecodeALaw20ms() => G711.DecodeALaw(_aLaw[Next()], _pcm);

    private int Next() => _next = (_next + 1) % _frames.Length;
}
