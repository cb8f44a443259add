using Conformance.Audio;

namespace Conformance.Streams.Generic;

/// <summary>
/// The generic mode's audio contract, fixed at call creation (media-protocols.md §4.4): input and
/// output rates each 8000, 16000, 24000 or 48000 Hz; PCM16 little-endian or µ-law (8 kHz only).
/// </summary>
public sealed record GenericStreamFormat(int InputSampleRate, int OutputSampleRate, GenericEncoding Encoding = GenericEncoding.PcmS16Le)
{
    private static readonly int[] s_rates = [8000, 16000, 24000, 48000];

    public StreamAudioFormat Input => ToFormat(InputSampleRate);

    public StreamAudioFormat Output => ToFormat(OutputSampleRate);

    /// <summary>Every problem with this contract, as field-located findings (empty when valid).</summary>
    public IReadOnlyList<StreamViolation> Validate()
    {
        var problems = new List<StreamViolation>();
        Check(problems, "inputSampleRate", InputSampleRate);
        Check(problems, "outputSampleRate", OutputSampleRate);
        return problems;
    }

    private void Check(List<StreamViolation> problems, string field, int rate)
    {
        if (Array.IndexOf(s_rates, rate) < 0)
        {
            problems.Add(StreamViolation.Error(StreamViolationCode.InvalidValue, $"$.{field}", $"{field} must be 8000, 16000, 24000 or 48000; got {rate}."));
        }
        else if (Encoding == GenericEncoding.MuLaw && rate != 8000)
        {
            problems.Add(StreamViolation.Error(StreamViolationCode.InvalidValue, $"$.{field}", $"µ-law streams run at 8000 Hz; got {field} {rate}."));
        }
    }

    private StreamAudioFormat ToFormat(int rate) => Encoding == GenericEncoding.MuLaw
        ? new StreamAudioFormat(AudioEncoding.MuLaw, rate)
        : new StreamAudioFormat(AudioEncoding.Pcm16, rate, PcmByteOrder.LittleEndian);
}
