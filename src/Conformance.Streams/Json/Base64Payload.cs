using System.Buffers;
using System.Buffers.Text;

namespace Conformance.Streams.Json;

/// <summary>
/// Strict base64 (RFC 4648 §4): standard alphabet, padded to a multiple of 4, no whitespace or
/// line breaks (the vendors' payloads never carry them; a decoder that skips them hides bugs).
/// </summary>
internal static class Base64Payload
{
    public static byte[]? TryDecode(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length % 4 != 0 || !IsAlphabet(text))
        {
            return null;
        }

        var utf8 = text.Length <= 4096 ? stackalloc byte[text.Length] : new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            utf8[i] = (byte)text[i];
        }

        var decoded = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        var status = Base64.DecodeFromUtf8(utf8, decoded, out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != utf8.Length)
        {
            return null;
        }

        return written == decoded.Length ? decoded : decoded[..written];
    }

    private static bool IsAlphabet(string text)
    {
        var padding = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                padding++;
                continue;
            }

            // Padding only at the end.
            if (padding > 0)
            {
                return false;
            }

            if (!(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '+' or '/'))
            {
                return false;
            }
        }

        return padding <= 2;
    }
}
