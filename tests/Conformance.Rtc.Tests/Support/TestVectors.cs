using System.Globalization;

namespace Conformance.Rtc.Tests.Support;

/// <summary>Reads the vectors checked in under Vectors/ (see Vectors/README.md for their sources).</summary>
internal static class TestVectors
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Vectors", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    /// <summary>Whitespace-separated hex byte pairs.</summary>
    public static byte[] Hex(params string[] parts) => ParseHex(Text(parts));

    public static byte[] ParseHex(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToArray();

    public static IEnumerable<string> ChromiumOffers() =>
        Directory.EnumerateFiles(Path("sdp"), "chromium*.sdp").Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
