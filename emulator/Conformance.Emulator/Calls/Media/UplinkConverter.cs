using Conformance.Audio;

namespace Conformance.Emulator.Calls.Media;

/// <summary>
/// Caller frames at the leg's input rate → frames at the agent session's rate (RUN-014), when
/// they differ (a generic socket with inputSampleRate ≠ outputSampleRate). Streaming speex
/// resampling; the filter's delay (<see cref="DelaySamples"/>, well under a frame) is kept rather
/// than trimmed, so the session hears the caller that much later. A frame the resampler left a
/// sample short is padded; the sample comes at the start of the next one.
/// </summary>
public sealed class UplinkConverter : IDisposable
{
    private readonly Resampler _resampler;
    private readonly short[] _scratch;
    private short[] _fifo;
    private int _fifoCount;

    public UplinkConverter(int inputRate, int outputRate)
    {
        _resampler = new Resampler(inputRate, outputRate);
        InputFrame = inputRate / 50;
        OutputFrame = outputRate / 50;
        _scratch = new short[_resampler.MaxOutputLength(InputFrame)];
        _fifo = new short[OutputFrame * 4];
        DelaySamples = _resampler.OutputLatency;
    }

    public int InputFrame { get; }

    public int OutputFrame { get; }

    public int DelaySamples { get; }

    public void Convert(ReadOnlySpan<short> callerFrame, Span<short> sessionFrame)
    {
        var produced = _resampler.Process(callerFrame, _scratch);
        if (_fifoCount + produced > _fifo.Length)
        {
            Array.Resize(ref _fifo, (_fifoCount + produced) * 2);
        }

        _scratch.AsSpan(0, produced).CopyTo(_fifo.AsSpan(_fifoCount));
        _fifoCount += produced;
        var take = Math.Min(OutputFrame, _fifoCount);
        _fifo.AsSpan(0, take).CopyTo(sessionFrame);
        sessionFrame[take..OutputFrame].Clear();
        _fifo.AsSpan(take, _fifoCount - take).CopyTo(_fifo);
        _fifoCount -= take;
    }

    public void Dispose() => _resampler.Dispose();
}
