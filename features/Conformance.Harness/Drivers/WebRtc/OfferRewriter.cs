using System.Globalization;
using System.Text;

namespace Conformance.Harness.Drivers.WebRtc;

/// <summary>
/// Rewrites a real offer's audio section to list codecs our stack cannot send (RFC 8866 §5.14
/// <c>m=</c> formats, §6.6 <c>a=rtpmap</c>), to test that a surface refuses an offer with no codec
/// in common with the documented error. Pure text in, text out.
/// </summary>
public static class OfferRewriter
{
    /// <summary>Keeps everything but the audio formats, which become <paramref name="codecs"/> (name, payload type, clock rate).</summary>
    public static string WithOnlyCodecs(string offer, IReadOnlyList<(string Name, int PayloadType, int ClockRate)> codecs)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(codecs);
        if (codecs.Count == 0)
        {
            throw new ArgumentException("An offer lists at least one format.", nameof(codecs));
        }

        var lines = offer.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var output = new StringBuilder();
        var inAudio = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("m=", StringComparison.Ordinal))
            {
                inAudio = line.StartsWith("m=audio ", StringComparison.Ordinal);
                if (inAudio)
                {
                    var parts = line.Split(' ');
                    output.Append(string.Join(' ', parts.Take(3))).Append(' ')
                        .Append(string.Join(' ', codecs.Select(c => c.PayloadType.ToString(CultureInfo.InvariantCulture)))).Append("\r\n");
                    foreach (var (name, pt, rate) in codecs)
                    {
                        output.Append(CultureInfo.InvariantCulture, $"a=rtpmap:{pt} {name}/{rate}\r\n");
                    }

                    continue;
                }
            }

            if (inAudio && (line.StartsWith("a=rtpmap:", StringComparison.Ordinal) || line.StartsWith("a=fmtp:", StringComparison.Ordinal) || line.StartsWith("a=rtcp-fb:", StringComparison.Ordinal)))
            {
                continue;
            }

            output.Append(line).Append("\r\n");
        }

        return output.ToString();
    }
}
