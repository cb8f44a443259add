using BenchmarkDotNet.Attributes;
using Conformance.Emulator.Agent.Clips;

namespace Conformance.Benchmarks.Agent;

/// <summary>
/// Pre-encoding one model clip for one leg format, from the 48 kHz master: resampling plus
/// encoding, i.e. what a cold <see cref="ClipCache.Get"/> costs (once per clip × format per
/// process; calls then only pick frames). reply-4s is 4.04 s of speech.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ClipCacheBenchmarks
{
    private ClipCatalog _catalog = null!;

    [Params("MuLaw 8k", "ALaw 8k", "PCM16 16k", "PCM16 24k", "PCM16 48k", "Opus 48k")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _catalog = AgentBenchmarkData.ModelClips();

    [Benchmark]
    public int PreEncodeReply4s() => new ClipCache(_catalog).Get("reply-4s", Parse(Format)).ByteCount;

    private static ClipFormat Parse(string format) => format switch
    {
        "MuLaw 8k" => ClipFormat.MuLaw8k,
        "ALaw 8k" => ClipFormat.ALaw8k,
        "PCM16 16k" => ClipFormat.Pcm16(16000),
        "PCM16 24k" => ClipFormat.Pcm16(24000),
        "PCM16 48k" => ClipFormat.Pcm16(48000),
        _ => ClipFormat.Opus48k,
    };
}
