using System.Buffers.Binary;

namespace Conformance.Audio;

/// <summary>
/// Reads and writes RIFF/WAVE files holding PCM16, µ-law or A-law at 8, 16, 24 or 48 kHz, mono or
/// stereo. Anything else is refused with an <see cref="AudioFormatException"/> naming the problem.
/// </summary>
/// <remarks>
/// <code>
///   "RIFF" u32 size "WAVE"                       RIFF container, little-endian sizes
///   "fmt " u32 n   tag u16 | channels u16 | rate u32 | byteRate u32 | blockAlign u16 | bits u16
///                  [cbSize u16 [validBits u16 | channelMask u32 | subFormat GUID]]   (tag 0xFFFE)
///   "fact" u32 4   sample frames u32             (required for non-PCM tags)
///   "data" u32 n   samples, chunk padded to an even length
/// </code>
/// Other chunks (LIST, cue, …) are skipped.
/// </remarks>
public static class WavFile
{
    private const ushort TagPcm = 1;
    private const ushort TagFloat = 3;
    private const ushort TagALaw = 6;
    private const ushort TagMuLaw = 7;
    private const ushort TagExtensible = 0xFFFE;
    private const int MaxFileBytes = int.MaxValue;

    // KSDATAFORMAT_SUBTYPE_* GUIDs differ from this base only in their first two bytes (the tag).
    private static ReadOnlySpan<byte> SubFormatGuidTail =>
        [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    /// <summary>The sample rates the kit handles.</summary>
    public static IReadOnlyList<int> SupportedSampleRates { get; } = [8000, 16000, 24000, 48000];

    public static WavAudio Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            AudioFormatException.Throw(AudioFormatError.TooLarge, $"'{path}' is {length} bytes; WAV files over 2 GiB are not supported.");
        }

        return Parse(File.ReadAllBytes(path));
    }

    public static WavAudio Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Parses a whole WAV file held in memory.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> file)
    {
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8))
        {
            AudioFormatException.Throw(AudioFormatError.NotRiff, "The data does not start with a RIFF header.");
        }

        if (!file.Slice(8, 4).SequenceEqual("WAVE"u8))
        {
            AudioFormatException.Throw(AudioFormatError.NotWave, "The RIFF form type is not WAVE.");
        }

        var riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(file[4..]);
        if (riffEnd > file.Length)
        {
            AudioFormatException.Throw(AudioFormatError.TruncatedChunk, $"The RIFF header declares {riffEnd} bytes but only {file.Length} are present.");
        }

        var body = file[..(int)riffEnd];
        WavFormat? format = null;
        var data = ReadOnlySpan<byte>.Empty;
        var haveData = false;
        var offset = 12;
        while (offset + 8 <= body.Length)
        {
            var id = body.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(body[(offset + 4)..]);
            var start = offset + 8;
            if (size > (uint)(body.Length - start))
            {
                AudioFormatException.Throw(AudioFormatError.TruncatedChunk, $"Chunk '{ChunkName(id)}' at byte {offset} declares {size} bytes but only {body.Length - start} remain.");
            }

            var chunk = body.Slice(start, (int)size);
            if (id.SequenceEqual("fmt "u8))
            {
                if (format is not null)
                {
                    AudioFormatException.Throw(AudioFormatError.DuplicateChunk, "The file has more than one 'fmt ' chunk.");
                }

                format = ParseFormat(chunk);
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (haveData)
                {
                    AudioFormatException.Throw(AudioFormatError.DuplicateChunk, "The file has more than one 'data' chunk.");
                }

                data = chunk;
                haveData = true;
            }

            // RIFF chunks are word-aligned; a missing pad byte after the last chunk is tolerated.
            offset = start + (int)size + (int)(size & 1);
        }

        if (offset < body.Length)
        {
            AudioFormatException.Throw(AudioFormatError.TruncatedChunk, $"{body.Length - offset} stray bytes at the end are too few for a chunk header.");
        }

        if (format is null)
        {
            AudioFormatException.Throw(AudioFormatError.MissingFormatChunk, "The file has no 'fmt ' chunk.");
        }

        if (!haveData)
        {
            AudioFormatException.Throw(AudioFormatError.MissingDataChunk, "The file has no 'data' chunk.");
        }

        return Decode(format, data);
    }

    public static void Write(string path, WavAudio audio, G711Quantizer quantizer = G711Quantizer.Sox)
    {
        ArgumentNullException.ThrowIfNull(path);
        File.WriteAllBytes(path, ToBytes(audio, quantizer));
    }

    public static void Write(Stream stream, WavAudio audio, G711Quantizer quantizer = G711Quantizer.Sox)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToBytes(audio, quantizer));
    }

    /// <summary>
    /// The file bytes for <paramref name="audio"/> in its <see cref="WavAudio.Encoding"/>: PCM16 as a
    /// 16-byte 'fmt ' chunk; µ-law/A-law as an 18-byte 'fmt ' chunk plus the 'fact' chunk the
    /// RIFF spec requires for non-PCM data (as sox writes them).
    /// </summary>
    public static byte[] ToBytes(WavAudio audio, G711Quantizer quantizer = G711Quantizer.Sox)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var samples = audio.Samples.Span;
        var pcm = audio.Encoding == AudioEncoding.Pcm16;
        var bytesPerSample = pcm ? 2 : 1;
        var dataBytes = checked(samples.Length * bytesPerSample);
        var pad = dataBytes & 1;
        var fmtBytes = pcm ? 16 : 18;
        var factBytes = pcm ? 0 : 12;
        var total = checked(12 + 8 + fmtBytes + factBytes + 8 + dataBytes + pad);
        var file = new byte[total];
        var span = file.AsSpan();

        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(total - 8));
        "WAVE"u8.CopyTo(span[8..]);
        var o = 12;
        "fmt "u8.CopyTo(span[o..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 4)..], (uint)fmtBytes);
        var tag = audio.Encoding switch
        {
            AudioEncoding.MuLaw => TagMuLaw,
            AudioEncoding.ALaw => TagALaw,
            _ => TagPcm,
        };
        var blockAlign = audio.Channels * bytesPerSample;
        BinaryPrimitives.WriteUInt16LittleEndian(span[(o + 8)..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(o + 10)..], (ushort)audio.Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 12)..], (uint)audio.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 16)..], (uint)(audio.SampleRate * blockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(span[(o + 20)..], (ushort)blockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(o + 22)..], (ushort)(bytesPerSample * 8));
        o += 8 + fmtBytes; // cbSize (µ/A-law) stays 0
        if (!pcm)
        {
            "fact"u8.CopyTo(span[o..]);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 4)..], 4);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 8)..], (uint)audio.SamplesPerChannel);
            o += factBytes;
        }

        "data"u8.CopyTo(span[o..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(o + 4)..], (uint)dataBytes);
        o += 8;
        var payload = span.Slice(o, dataBytes);
        if (pcm)
        {
            for (var i = 0; i < samples.Length; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(payload[(2 * i)..], samples[i]);
            }
        }
        else
        {
            G711.Encode(audio.Encoding, samples, payload, quantizer);
        }

        return file;
    }

    internal static void ValidateFormat(int sampleRate, int channels)
    {
        if (!SupportedSampleRates.Contains(sampleRate))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "The kit handles 8000, 16000, 24000 and 48000 Hz.");
        }

        if (channels is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "The kit handles mono and stereo.");
        }
    }

    private static WavFormat ParseFormat(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length < 16)
        {
            AudioFormatException.Throw(AudioFormatError.MalformedFormatChunk, $"The 'fmt ' chunk is {chunk.Length} bytes; at least 16 are needed.");
        }

        var tag = BinaryPrimitives.ReadUInt16LittleEndian(chunk);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
        var byteRate = BinaryPrimitives.ReadUInt32LittleEndian(chunk[8..]);
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(chunk[12..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(chunk[14..]);

        if (tag == TagExtensible)
        {
            // WAVE_FORMAT_EXTENSIBLE: cbSize 22, then valid bits, channel mask and the sub-format GUID.
            if (chunk.Length < 40 || BinaryPrimitives.ReadUInt16LittleEndian(chunk[16..]) < 22)
            {
                AudioFormatException.Throw(AudioFormatError.MalformedFormatChunk, $"A WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk needs 40 bytes with cbSize 22; it has {chunk.Length}.");
            }

            var validBits = BinaryPrimitives.ReadUInt16LittleEndian(chunk[18..]);
            var guid = chunk.Slice(24, 16);
            if (!guid[2..].SequenceEqual(SubFormatGuidTail))
            {
                AudioFormatException.Throw(AudioFormatError.UnsupportedSubFormat, $"Sub-format GUID {Convert.ToHexString(guid)} is not a KSDATAFORMAT_SUBTYPE of PCM, µ-law or A-law.");
            }

            tag = BinaryPrimitives.ReadUInt16LittleEndian(guid);
            if (tag is not (TagPcm or TagMuLaw or TagALaw))
            {
                AudioFormatException.Throw(AudioFormatError.UnsupportedSubFormat, $"Extensible sub-format {TagName(tag)} is not supported; only PCM16, µ-law and A-law are.");
            }

            if (validBits != 0 && validBits != bits)
            {
                AudioFormatException.Throw(AudioFormatError.UnsupportedBitsPerSample, $"{validBits} valid bits in {bits}-bit containers is not supported.");
            }
        }

        var encoding = tag switch
        {
            TagPcm => AudioEncoding.Pcm16,
            TagMuLaw => AudioEncoding.MuLaw,
            TagALaw => AudioEncoding.ALaw,
            _ => UnsupportedTag(tag),
        };
        var expectedBits = encoding == AudioEncoding.Pcm16 ? 16 : 8;
        if (bits != expectedBits)
        {
            AudioFormatException.Throw(AudioFormatError.UnsupportedBitsPerSample, $"{TagName(tag)} with {bits} bits per sample is not supported; expected {expectedBits}.");
        }

        if (channels is < 1 or > 2)
        {
            AudioFormatException.Throw(AudioFormatError.UnsupportedChannelCount, $"{channels} channels is not supported; only mono and stereo are.");
        }

        if (!SupportedSampleRates.Contains((int)Math.Min(rate, int.MaxValue)))
        {
            AudioFormatException.Throw(AudioFormatError.UnsupportedSampleRate, $"{rate} Hz is not supported; only 8000, 16000, 24000 and 48000 Hz are.");
        }

        var expectedAlign = channels * expectedBits / 8;
        if (blockAlign != expectedAlign || byteRate != rate * (uint)expectedAlign)
        {
            AudioFormatException.Throw(AudioFormatError.InconsistentHeader, $"Block align {blockAlign} / byte rate {byteRate} do not match {channels} channel(s) of {expectedBits}-bit audio at {rate} Hz (expected {expectedAlign} / {rate * expectedAlign}).");
        }

        return new WavFormat(encoding, channels, (int)rate, blockAlign);
    }

    private static WavAudio Decode(WavFormat format, ReadOnlySpan<byte> data)
    {
        if (data.Length % format.BlockAlign != 0)
        {
            AudioFormatException.Throw(AudioFormatError.PartialSampleFrame, $"The 'data' chunk holds {data.Length} bytes, not a whole number of {format.BlockAlign}-byte sample frames.");
        }

        short[] samples;
        if (format.Encoding == AudioEncoding.Pcm16)
        {
            samples = new short[data.Length / 2];
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = BinaryPrimitives.ReadInt16LittleEndian(data[(2 * i)..]);
            }
        }
        else
        {
            samples = new short[data.Length];
            G711.Decode(format.Encoding, data, samples);
        }

        return new WavAudio(samples, format.SampleRate, format.Channels, format.Encoding);
    }

    private static AudioEncoding UnsupportedTag(ushort tag)
    {
        AudioFormatException.Throw(AudioFormatError.UnsupportedFormatTag, $"Format {TagName(tag)} is not supported; only PCM16 (1), A-law (6) and µ-law (7) are.");
        return default;
    }

    private static string TagName(ushort tag) => tag switch
    {
        TagPcm => "PCM (1)",
        2 => "Microsoft ADPCM (2)",
        TagFloat => "IEEE float (3)",
        TagALaw => "A-law (6)",
        TagMuLaw => "µ-law (7)",
        0x11 => "IMA ADPCM (0x11)",
        0x31 => "GSM 6.10 (0x31)",
        0x55 => "MPEG layer 3 (0x55)",
        TagExtensible => "WAVE_FORMAT_EXTENSIBLE (0xFFFE)",
        _ => $"tag 0x{tag:X4}",
    };

    private static string ChunkName(ReadOnlySpan<byte> id)
    {
        Span<char> name = stackalloc char[4];
        for (var i = 0; i < 4; i++)
        {
            name[i] = id[i] is >= 0x20 and < 0x7F ? (char)id[i] : '?';
        }

        return new string(name);
    }

    private sealed record WavFormat(AudioEncoding Encoding, int Channels, int SampleRate, int BlockAlign);
}
