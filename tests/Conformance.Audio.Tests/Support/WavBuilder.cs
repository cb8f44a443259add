using System.Buffers.Binary;

namespace Conformance.Audio.Tests.Support;

/// <summary>Builds WAV headers field by field, so tests can break exactly one thing at a time.</summary>
internal sealed record WavBuilder
{
    public ushort FormatTag { get; init; } = 1;

    public ushort Channels { get; init; } = 1;

    public uint SampleRate { get; init; } = 8000;

    public uint? ByteRate { get; init; }

    public ushort? BlockAlign { get; init; }

    public ushort BitsPerSample { get; init; } = 16;

    /// <summary>Bytes after the 16 standard 'fmt ' bytes (cbSize and extension).</summary>
    public byte[] FormatExtension { get; init; } = [];

    public byte[] Data { get; init; } = new byte[320];

    public uint? DataSizeOverride { get; init; }

    public uint? RiffSizeOverride { get; init; }

    public bool IncludeFormat { get; init; } = true;

    public bool IncludeData { get; init; } = true;

    public byte[] ExtraChunkBeforeData { get; init; } = [];

    public static byte[] Extensible(ushort validBits, ushort subFormatTag, bool standardGuid = true)
    {
        var ext = new byte[24];
        BinaryPrimitives.WriteUInt16LittleEndian(ext, 22);
        BinaryPrimitives.WriteUInt16LittleEndian(ext.AsSpan(2), validBits);
        BinaryPrimitives.WriteUInt32LittleEndian(ext.AsSpan(4), 4);
        BinaryPrimitives.WriteUInt16LittleEndian(ext.AsSpan(8), subFormatTag);
        byte[] tail = standardGuid
            ? [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71]
            : [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE];
        tail.CopyTo(ext.AsSpan(10));
        return ext;
    }

    public byte[] Build()
    {
        using var body = new MemoryStream();
        body.Write("WAVE"u8);
        if (IncludeFormat)
        {
            var fmt = new byte[16 + FormatExtension.Length];
            var align = BlockAlign ?? (ushort)(Channels * BitsPerSample / 8);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt, FormatTag);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(2), Channels);
            BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(4), SampleRate);
            BinaryPrimitives.WriteUInt32LittleEndian(fmt.AsSpan(8), ByteRate ?? SampleRate * align);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(12), align);
            BinaryPrimitives.WriteUInt16LittleEndian(fmt.AsSpan(14), BitsPerSample);
            FormatExtension.CopyTo(fmt.AsSpan(16));
            WriteChunk(body, "fmt "u8, fmt, null);
        }

        body.Write(ExtraChunkBeforeData);
        if (IncludeData)
        {
            WriteChunk(body, "data"u8, Data, DataSizeOverride);
        }

        var riff = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), RiffSizeOverride ?? (uint)body.Length);
        body.ToArray().CopyTo(riff, 8);
        return riff;
    }

    public static byte[] Chunk(string id, byte[] payload)
    {
        using var stream = new MemoryStream();
        WriteChunk(stream, System.Text.Encoding.ASCII.GetBytes(id), payload, null);
        return stream.ToArray();
    }

    private static void WriteChunk(MemoryStream stream, ReadOnlySpan<byte> id, byte[] payload, uint? sizeOverride)
    {
        Span<byte> header = stackalloc byte[8];
        id.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], sizeOverride ?? (uint)payload.Length);
        stream.Write(header);
        stream.Write(payload);
        if ((payload.Length & 1) != 0)
        {
            stream.WriteByte(0);
        }
    }
}
