using System.Globalization;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>Identifiers in each provider's documented shape (Twilio <c>MZ</c>/<c>CA</c>/<c>AC</c> + 32 hex, Telnyx/Plivo UUIDs).</summary>
internal static class StreamIds
{
    public static string Twilio(string prefix) => prefix + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);

    public static string Uuid() => Guid.NewGuid().ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    public static string Lower(string text) => text.ToLowerInvariant();
}
