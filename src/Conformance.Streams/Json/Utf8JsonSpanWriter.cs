using System.Buffers;
using System.Buffers.Text;
using System.Globalization;

namespace Conformance.Streams.Json;

/// <summary>
/// Writes compact JSON straight into a caller's span, in exactly the order the caller emits the
/// pieces (the vendors' documented field order), allocating nothing. When the span is too small
/// the writer stops and <see cref="TryComplete"/> reports false; nothing is partially trusted.
/// </summary>
internal ref struct Utf8JsonSpanWriter
{
    private readonly Span<byte> _destination;
    private int _position;
    private bool _overflow;

    public Utf8JsonSpanWriter(Span<byte> destination)
    {
        _destination = destination;
    }

    /// <summary>Already-encoded JSON syntax, e.g. <c>{"event":"media","streamSid":</c>.</summary>
    public void Raw(scoped ReadOnlySpan<byte> utf8)
    {
        if (_overflow || !utf8.TryCopyTo(_destination[_position..]))
        {
            _overflow = true;
            return;
        }

        _position += utf8.Length;
    }

    /// <summary>A JSON string: quoted, with <c>"</c>, <c>\</c> and control characters escaped (RFC 8259 §7).</summary>
    public void String(string value)
    {
        Byte((byte)'"');
        Span<byte> buffer = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            var v = rune.Value;
            switch (v)
            {
                case '"': Raw("\\\""u8); break;
                case '\\': Raw("\\\\"u8); break;
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                case '\b': Raw("\\b"u8); break;
                case '\f': Raw("\\f"u8); break;
                case < 0x20:
                    Raw("\\u00"u8);
                    Byte(HexDigit(v >> 4));
                    Byte(HexDigit(v & 0xF));
                    break;
                default:
                    var length = rune.EncodeToUtf8(buffer);
                    Raw(buffer[..length]);
                    break;
            }
        }

        Byte((byte)'"');
    }

    public void Number(long value)
    {
        if (_overflow || !Utf8Formatter.TryFormat(value, _destination[_position..], out var written))
        {
            _overflow = true;
            return;
        }

        _position += written;
    }

    /// <summary>
    /// A finite number in its shortest round-trip form (e.g. Ultravox's <c>pong.timestamp</c>, which
    /// must echo the ping's exactly). JSON has no NaN or infinity: those write 0.
    /// </summary>
    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            value = 0;
        }

        if (_overflow || !value.TryFormat(_destination[_position..], out var written, "R", CultureInfo.InvariantCulture))
        {
            _overflow = true;
            return;
        }

        _position += written;
    }

    /// <summary>A decimal integer as a JSON string (Twilio's and Telnyx's counters).</summary>
    public void NumberAsString(long value)
    {
        Byte((byte)'"');
        Number(value);
        Byte((byte)'"');
    }

    public void Boolean(bool value) => Raw(value ? "true"u8 : "false"u8);

    public void Null() => Raw("null"u8);

    /// <summary>Bytes as a quoted base64 string (RFC 4648 §4, padded).</summary>
    public void Base64String(ReadOnlySpan<byte> data)
    {
        Byte((byte)'"');
        if (!_overflow)
        {
            var status = Base64.EncodeToUtf8(data, _destination[_position..], out _, out var written);
            if (status != OperationStatus.Done)
            {
                _overflow = true;
                return;
            }

            _position += written;
        }

        Byte((byte)'"');
    }

    public readonly bool TryComplete(out int bytesWritten)
    {
        bytesWritten = _overflow ? 0 : _position;
        return !_overflow;
    }

    /// <summary>An upper bound on a string's encoded size (every UTF-16 unit escaped as \uXXXX).</summary>
    public static int MaxStringBytes(string? value) => value is null ? 4 : (value.Length * 6) + 2;

    public static int MaxBase64Bytes(int dataLength) => Base64.GetMaxEncodedToUtf8Length(dataLength) + 2;

    private void Byte(byte value)
    {
        if (_overflow || _position >= _destination.Length)
        {
            _overflow = true;
            return;
        }

        _destination[_position++] = value;
    }

    private static byte HexDigit(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
}
