using BenchmarkDotNet.Attributes;
using Conformance.Audio;

namespace Conformance.Benchmarks.Audio;

/// <summary>
/// Opus per 20 ms frame, 48 kHz mono, 32 kbit/s, default complexity, on real speech (the frames
/// are encoded in order, so the codec state is what a live stream has).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OpusBenchmarks : IDisposable
{
    private readonly byte[] _packet = new byte[OpusFrame.MaxPacketBytes];
    private readonly short[] _pcm = new short[960];
    private short[][] _frames = [];
    private byte[][] _packets = [];
    private OpusEncoder? _encoder;
    private OpusDecoder? _decoder;
    private int _next;

    [Params(OpusApplication.Voip, OpusApplication.Audio)]
    public OpusApplication Application { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _frames = BenchmarkSpeech.Frames(BenchmarkSpeech.Load("fixtures/audio/48k/utterance-testing-routine.wav"), 960);
        _encoder = new OpusEncoder(48000, 1, Application) { Bitrate = 32000 };
        using var packetizer = new OpusEncoder(48000, 1, Application) { Bitrate = 32000 };
        _packets = _frames.Select(f => packetizer.Encode(f)).ToArray();
        _decoder = new OpusDecoder(48000, 1);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _encoder?.Dispose();
        _decoder?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int Encode20ms() => _encoder!.Encode(_frames[Next()], _packet);

    [Benchmark]
    public int Decode20ms() => _decoder!.Decode(_packets[Next()], _pcm);

    private int Next() => _next = (_next + 1) % _frames.Length;
}
