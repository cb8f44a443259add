using Conformance.Audio.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Audio.Tests;

public class WavFileTests
{
    public static TheoryData<int, int, AudioEncoding> Formats()
    {
        var data = new TheoryData<int, int, AudioEncoding>();
        foreach (var rate in new[] { 8000, 16000, 24000, 48000 })
        {
            foreach (var channels in new[] { 1, 2 })
            {
                foreach (var encoding in Enum.GetValues<AudioEncoding>())
                {
                    data.Add(rate, channels, encoding);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void WriteThenRead_EverySupportedFormat_RoundTrips(int rate, int channels, AudioEncoding encoding)
    {
        var random = new Random(rate + channels);
        var samples = new short[rate / 50 * channels * 3 + channels]; // odd µ-law byte counts exercise the pad byte
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        if (encoding != AudioEncoding.Pcm16)
        {
            // G.711 is lossy; compare against what one encode/decode pass gives.
            var codes = new byte[samples.Length];
            G711.Encode(encoding, samples, codes);
            G711.Decode(encoding, codes, samples);
        }

        var original = new WavAudio(samples, rate, channels, encoding);
        using var stream = new MemoryStream();
        WavFile.Write(stream, original);
        stream.Position = 0;
        var read = WavFile.Read(stream);

        Assert.Equal(rate, read.SampleRate);
        Assert.Equal(channels, read.Channels);
        Assert.Equal(encoding, read.Encoding);
        Assert.Equal(samples, read.Samples.ToArray());
        Assert.Equal(0, stream.Length % 2);
    }

    [Fact]
    public void Read_SharedSpeechCorpus_AllMonoPcm16AtExpectedRates()
    {
        foreach (var file in SpeechCorpus.Files())
        {
            var audio = WavFile.Read(file);
            Assert.Equal(AudioEncoding.Pcm16, audio.Encoding);
            Assert.Equal(1, audio.Channels);
            var expectedRate = file.Contains("_8k", StringComparison.Ordinal) ? 8000 : file.Contains("_48k", StringComparison.Ordinal) ? 48000 : 16000;
            Assert.Equal(expectedRate, audio.SampleRate);
        }
    }

    [Fact]
    [Trait("Category", "Interop")]
    public void Read_SharedSpeechCorpus_SampleCountsMatchSox()
    {
        foreach (var file in SpeechCorpus.Files())
        {
            var soxSamples = long.Parse(ExternalTool.Run("sox", "--i", "-s", file).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(soxSamples, WavFile.Read(file).SamplesPerChannel);
        }
    }

    [Fact]
    public void Read_FileWithListChunkAndExtensiblePcm_Reads()
    {
        var bytes = new WavBuilder
        {
            FormatTag = 0xFFFE,
            FormatExtension = WavBuilder.Extensible(16, 1),
            ExtraChunkBeforeData = WavBuilder.Chunk("LIST", [1, 2, 3]),
        }.Build();

        var audio = WavFile.Parse(bytes);

        Assert.Equal(160, audio.Samples.Length);
        Assert.Equal(AudioEncoding.Pcm16, audio.Encoding);
    }

    [Fact]
    public void Read_ExtensibleMuLaw_ReadsAsMuLaw()
    {
        var bytes = new WavBuilder { FormatTag = 0xFFFE, BitsPerSample = 8, FormatExtension = WavBuilder.Extensible(8, 7), Data = [0xFF, 0x80] }.Build();

        var audio = WavFile.Parse(bytes);

        Assert.Equal(AudioEncoding.MuLaw, audio.Encoding);
        Assert.Equal(new short[] { 0, 32124 }, audio.Samples.ToArray());
    }

    public static TheoryData<string, byte[], AudioFormatError> Malformed() => new()
    {
        { "empty", [], AudioFormatError.NotRiff },
        { "RIFX (big-endian) header", [.. "RIFX"u8, 4, 0, 0, 0, .. "WAVE"u8], AudioFormatError.NotRiff },
        { "AVI form", [.. "RIFF"u8, 4, 0, 0, 0, .. "AVI "u8], AudioFormatError.NotWave },
        { "RIFF size beyond file", new WavBuilder { RiffSizeOverride = 100_000 }.Build(), AudioFormatError.TruncatedChunk },
        { "data chunk cut short", new WavBuilder { DataSizeOverride = 100_000 }.Build(), AudioFormatError.TruncatedChunk },
        { "file cut inside data", Cut(new WavBuilder().Build(), 100), AudioFormatError.TruncatedChunk },
        { "file cut inside fmt", Cut(new WavBuilder().Build(), 30), AudioFormatError.TruncatedChunk },
        { "no fmt chunk", new WavBuilder { IncludeFormat = false }.Build(), AudioFormatError.MissingFormatChunk },
        { "no data chunk", new WavBuilder { IncludeData = false }.Build(), AudioFormatError.MissingDataChunk },
        { "two fmt chunks", new WavBuilder { ExtraChunkBeforeData = WavBuilder.Chunk("fmt ", new byte[16]) }.Build(), AudioFormatError.DuplicateChunk },
        { "fmt chunk of 14 bytes", new WavBuilder { IncludeFormat = false, ExtraChunkBeforeData = WavBuilder.Chunk("fmt ", new byte[14]) }.Build(), AudioFormatError.MalformedFormatChunk },
        { "IEEE float", new WavBuilder { FormatTag = 3, BitsPerSample = 32 }.Build(), AudioFormatError.UnsupportedFormatTag },
        { "MS ADPCM", new WavBuilder { FormatTag = 2, BitsPerSample = 4 }.Build(), AudioFormatError.UnsupportedFormatTag },
        { "MP3", new WavBuilder { FormatTag = 0x55 }.Build(), AudioFormatError.UnsupportedFormatTag },
        { "24-bit PCM", new WavBuilder { BitsPerSample = 24, Data = new byte[300] }.Build(), AudioFormatError.UnsupportedBitsPerSample },
        { "8-bit unsigned PCM", new WavBuilder { BitsPerSample = 8 }.Build(), AudioFormatError.UnsupportedBitsPerSample },
        { "16-bit µ-law", new WavBuilder { FormatTag = 7, BitsPerSample = 16 }.Build(), AudioFormatError.UnsupportedBitsPerSample },
        { "44.1 kHz", new WavBuilder { SampleRate = 44100 }.Build(), AudioFormatError.UnsupportedSampleRate },
        { "22.05 kHz (espeak-ng's rate)", new WavBuilder { SampleRate = 22050 }.Build(), AudioFormatError.UnsupportedSampleRate },
        { "0 Hz", new WavBuilder { SampleRate = 0 }.Build(), AudioFormatError.UnsupportedSampleRate },
        { "6 channels", new WavBuilder { Channels = 6, Data = new byte[1200] }.Build(), AudioFormatError.UnsupportedChannelCount },
        { "0 channels", new WavBuilder { Channels = 0, BlockAlign = 2 }.Build(), AudioFormatError.UnsupportedChannelCount },
        { "wrong block align", new WavBuilder { BlockAlign = 4 }.Build(), AudioFormatError.InconsistentHeader },
        { "wrong byte rate", new WavBuilder { ByteRate = 8000 }.Build(), AudioFormatError.InconsistentHeader },
        { "odd PCM16 data", new WavBuilder { Data = new byte[321] }.Build(), AudioFormatError.PartialSampleFrame },
        { "stereo data of 3 samples", new WavBuilder { Channels = 2, Data = new byte[6] }.Build(), AudioFormatError.PartialSampleFrame },
        { "extensible float", new WavBuilder { FormatTag = 0xFFFE, BitsPerSample = 32, FormatExtension = WavBuilder.Extensible(32, 3) }.Build(), AudioFormatError.UnsupportedSubFormat },
        { "extensible unknown GUID", new WavBuilder { FormatTag = 0xFFFE, FormatExtension = WavBuilder.Extensible(16, 1, standardGuid: false) }.Build(), AudioFormatError.UnsupportedSubFormat },
        { "extensible 20 valid bits", new WavBuilder { FormatTag = 0xFFFE, BitsPerSample = 16, FormatExtension = WavBuilder.Extensible(12, 1) }.Build(), AudioFormatError.UnsupportedBitsPerSample },
        { "extensible without extension", new WavBuilder { FormatTag = 0xFFFE }.Build(), AudioFormatError.MalformedFormatChunk },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedOrUnsupported_ThrowsAudioFormatExceptionWithReason(string description, byte[] file, AudioFormatError expected)
    {
        var error = Assert.Throws<AudioFormatException>(() => WavFile.Parse(file));

        Assert.True(expected == error.Reason, $"{description}: expected {expected}, got {error.Reason} ({error.Message})");
        Assert.StartsWith(expected.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RandomMutationsOfValidFile_OnlySucceedOrThrowAudioFormatException()
    {
        var valid = new WavBuilder { Channels = 2, Data = new byte[64], ExtraChunkBeforeData = WavBuilder.Chunk("LIST", [9, 9]) }.Build();
        var mutation =
            from count in Gen.Choose(1, 6)
            from positions in Gen.ArrayOf(Gen.Choose(0, valid.Length - 1), count)
            from values in Gen.ArrayOf(Gen.Choose(0, 255), count)
            from cut in Gen.Choose(0, valid.Length)
            select (positions, values, cut);

        Prop.ForAll(Arb.From(mutation), m =>
        {
            var bytes = valid[..m.cut];
            for (var i = 0; i < m.positions.Length; i++)
            {
                if (m.positions[i] < bytes.Length)
                {
                    bytes[m.positions[i]] = (byte)m.values[i];
                }
            }

            return ParsesOrRejectsCleanly(bytes);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Parse_RandomBytesAfterRiffWaveHeader_OnlySucceedOrThrowAudioFormatException()
    {
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))), tail =>
            ParsesOrRejectsCleanly([.. "RIFF"u8, (byte)(tail.Length + 4), (byte)((tail.Length + 4) >> 8), 0, 0, .. "WAVE"u8, .. tail]))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => WavFile.Read(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.wav")));
    }

    [Fact]
    public void WavAudio_UnsupportedRateOrChannels_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WavAudio(new short[10], 44100));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WavAudio(new short[12], 8000, 3));
        Assert.Throws<ArgumentException>(() => new WavAudio(new short[3], 8000, 2));
    }

    [Fact]
    public void ToFrames_TwentyMsAt8k_PadsLastFrameAndStampsTimestamps()
    {
        var audio = new WavAudio(Enumerable.Range(1, 400).Select(i => (short)i).ToArray(), 8000);

        var frames = audio.ToFrames();

        Assert.Equal(3, frames.Count);
        Assert.Equal([0L, 160L, 320L], frames.Select(f => f.Timestamp));
        Assert.Equal(400, frames[2].Samples.Span[79]);
        Assert.Equal(0, frames[2].Samples.Span[80]);
    }

    private static bool ParsesOrRejectsCleanly(byte[] bytes)
    {
        try
        {
            WavFile.Parse(bytes);
            return true;
        }
        catch (AudioFormatException e)
        {
            return e.Reason != AudioFormatError.Unspecified;
        }
    }

    private static byte[] Cut(byte[] file, int length) => file[..length];
}
