using System.Buffers.Binary;
using Conformance.Audio.Tests.Support;

namespace Conformance.Audio.Tests;

/// <summary>
/// sox is the G.711 oracle: every sample of ../shared/speech (and every 16-bit value) is encoded
/// and decoded by sox and by us, and must agree byte for byte and sample for sample.
/// </summary>
[Trait("Category", "Interop")]
public class G711SoxInteropTests
{
    public static TheoryData<string, AudioEncoding> CorpusTimesLaw()
    {
        var data = new TheoryData<string, AudioEncoding>();
        foreach (var file in SpeechCorpus.Files())
        {
            data.Add(Path.GetFileName(file), AudioEncoding.MuLaw);
            data.Add(Path.GetFileName(file), AudioEncoding.ALaw);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusTimesLaw))]
    public void Encode_SpeechCorpusFile_ByteExactWithSox(string name, AudioEncoding law)
    {
        using var temp = new TempDirectory();
        var source = SpeechCorpus.File(name);
        var soxCodes = temp.File("sox.raw");
        ExternalTool.Run("sox", "-D", source, "-t", "raw", "-e", SoxEncoding(law), "-b", "8", soxCodes);

        var audio = WavFile.Read(source);
        var ours = new byte[audio.Samples.Length];
        G711.Encode(law, audio.Samples.Span, ours);

        AssertSameBytes(File.ReadAllBytes(soxCodes), ours, name);
    }

    [Theory]
    [MemberData(nameof(CorpusTimesLaw))]
    public void Decode_SoxEncodedSpeechCorpusFile_SampleExactWithSox(string name, AudioEncoding law)
    {
        using var temp = new TempDirectory();
        var source = SpeechCorpus.File(name);
        var audio = WavFile.Read(source);
        var codes = temp.File("codes.raw");
        var soxPcm = temp.File("sox.s16");
        ExternalTool.Run("sox", "-D", source, "-t", "raw", "-e", SoxEncoding(law), "-b", "8", codes);
        ExternalTool.Run("sox", "-D", "-t", "raw", "-e", SoxEncoding(law), "-b", "8", "-r", audio.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "1", codes,
            "-t", "raw", "-e", "signed", "-b", "16", "-L", soxPcm);

        var codeBytes = File.ReadAllBytes(codes);
        var ours = new short[codeBytes.Length];
        G711.Decode(law, codeBytes, ours);

        Assert.Equal(ReadPcm(soxPcm), ours);
    }

    [Theory]
    [InlineData(AudioEncoding.MuLaw)]
    [InlineData(AudioEncoding.ALaw)]
    public void Encode_Every16BitValue_ByteExactWithSox(AudioEncoding law)
    {
        using var temp = new TempDirectory();
        var sweep = new short[65536];
        var bytes = new byte[sweep.Length * 2];
        for (var i = 0; i < sweep.Length; i++)
        {
            sweep[i] = (short)(i + short.MinValue);
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), sweep[i]);
        }

        File.WriteAllBytes(temp.File("sweep.s16"), bytes);
        ExternalTool.Run("sox", "-D", "-t", "raw", "-e", "signed", "-b", "16", "-L", "-r", "8000", "-c", "1", temp.File("sweep.s16"),
            "-t", "raw", "-e", SoxEncoding(law), "-b", "8", temp.File("sweep.g711"));

        var ours = new byte[sweep.Length];
        G711.Encode(law, sweep, ours);
        AssertSameBytes(File.ReadAllBytes(temp.File("sweep.g711")), ours, "sweep");
    }

    [Theory]
    [InlineData(AudioEncoding.MuLaw, "u-law")]
    [InlineData(AudioEncoding.ALaw, "A-law")]
    public void WavFile_G711WavWrittenBySox_ReadsAsSoxDecodesIt(AudioEncoding law, string soxName)
    {
        using var temp = new TempDirectory();
        var source = SpeechCorpus.File("osr-us-000-0011_female_list02-s08_8k.wav");
        var g711Wav = temp.File("sox-g711.wav");
        var pcmWav = temp.File("sox-pcm.wav");
        ExternalTool.Run("sox", "-D", source, "-e", SoxEncoding(law), "-b", "8", g711Wav);
        ExternalTool.Run("sox", "-D", g711Wav, "-e", "signed", "-b", "16", pcmWav);
        Assert.Contains(soxName, ExternalTool.Run("sox", "--i", "-e", g711Wav), StringComparison.Ordinal);

        var ours = WavFile.Read(g711Wav);
        var soxDecoded = WavFile.Read(pcmWav);

        Assert.Equal(law, ours.Encoding);
        Assert.Equal(8000, ours.SampleRate);
        Assert.Equal(soxDecoded.Samples.ToArray(), ours.Samples.ToArray());
    }

    [Theory]
    [InlineData(AudioEncoding.MuLaw, "u-law")]
    [InlineData(AudioEncoding.ALaw, "A-law")]
    public void WavFile_G711WavWrittenByUs_SoxReadsSameSamples(AudioEncoding law, string soxName)
    {
        using var temp = new TempDirectory();
        var speech = SpeechCorpus.Read("osr-us-000-0011_female_list02-s03_8k.wav");
        var ourWav = temp.File("ours.wav");
        WavFile.Write(ourWav, speech.WithEncoding(law));
        var soxPcm = temp.File("sox.s16");
        ExternalTool.Run("sox", "-D", ourWav, "-t", "raw", "-e", "signed", "-b", "16", "-L", soxPcm);

        Assert.Contains(soxName, ExternalTool.Run("sox", "--i", "-e", ourWav), StringComparison.Ordinal);
        Assert.Equal(WavFile.Read(ourWav).Samples.ToArray(), ReadPcm(soxPcm));
    }

    private static string SoxEncoding(AudioEncoding law) => law == AudioEncoding.MuLaw ? "mu-law" : "a-law";

    private static short[] ReadPcm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var samples = new short[bytes.Length / 2];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(2 * i));
        }

        return samples;
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        var mismatches = Enumerable.Range(0, expected.Length).Where(i => expected[i] != actual[i]).ToArray();
        Assert.True(mismatches.Length == 0,
            $"{what}: {mismatches.Length} of {expected.Length} codes differ from sox; first at {mismatches.FirstOrDefault()}: sox 0x{expected[mismatches.FirstOrDefault()]:X2}, ours 0x{actual[mismatches.FirstOrDefault()]:X2}");
    }
}
