using System.Globalization;
using System.Text;

namespace Conformance.Emulator.Runtime;

/// <summary>
/// Deviation <c>media.wrong_codec</c> with <c>codec: unoffered</c> (RUN-052 broken): the answer
/// keeps the negotiated payload type but names it as a codec the offer does not carry, which
/// RFC 3264 §6.1 forbids (the answer's formats must be a subset of the offer's). Its fmtp goes.
/// </summary>
internal static class UnofferedCodec
{
    private static readonly string[] s_candidates = ["G722/8000", "iLBC/8000", "GSM/8000", "L16/16000"];

    public static string Rewrite(string answerSdp, string offerSdp, int payloadType)
    {
        var name = s_candidates.FirstOrDefault(c => !offerSdp.Contains(" " + c, StringComparison.OrdinalIgnoreCase)) ?? s_candidates[0];
        var rtpmap = string.Create(CultureInfo.InvariantCulture, $"a=rtpmap:{payloadType} ");
        var fmtp = string.Create(CultureInfo.InvariantCulture, $"a=fmtp:{payloadType} ");
        var lines = answerSdp.Split("\r\n").Where(l => !l.StartsWith(fmtp, StringComparison.Ordinal)).ToList();
        var mapped = lines.FindIndex(l => l.StartsWith(rtpmap, StringComparison.Ordinal));
        if (mapped >= 0)
        {
            lines[mapped] = rtpmap + name;
        }
        else if (lines.FindIndex(l => l.StartsWith("m=audio ", StringComparison.Ordinal)) is var media and >= 0)
        {
            // A static payload type (PCMU 0, PCMA 8) may go without an rtpmap (RFC 3551 §6): give it the false one.
            lines.Insert(media + 1, rtpmap + name);
        }

        var result = new StringBuilder(answerSdp.Length);
        foreach (var line in lines)
        {
            result.Append(line).Append("\r\n");
        }

        return result.ToString(0, result.Length - 2);
    }
}
