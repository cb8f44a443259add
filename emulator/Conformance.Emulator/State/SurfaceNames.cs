namespace Conformance.Emulator.State;

/// <summary>Wire names and mount prefixes of the surfaces (one port; each vendor under its own prefix, see specs/control.md CTL-HOST-001).</summary>
public static class SurfaceNames
{
    public static string Name(Surface surface) => surface switch
    {
        Surface.Everruns => "everruns",
        Surface.OpenAI => "openai",
        Surface.Omnia => "omnia",
        Surface.ClutchCall => "clutchcall",
        Surface.VoiceAi => "voiceai",
        _ => "control",
    };

    public static string Prefix(Surface surface) => surface switch
    {
        Surface.Control => "/_emulator",
        _ => "/" + Name(surface),
    };

    /// <summary>The vendor's production base URL that <c>{emulator}{Prefix}</c> stands in for.</summary>
    public static string VendorBaseUrl(Surface surface) => surface switch
    {
        Surface.Everruns => "https://app.everruns.com/api",
        Surface.OpenAI => "https://api.openai.com",
        Surface.Omnia => "https://api.omnia-voice.com",
        Surface.ClutchCall => "https://app.clutchcall.dev",
        Surface.VoiceAi => "https://dev.voice.ai",
        _ => string.Empty,
    };

    public static bool TryParse(string? name, out Surface surface)
    {
        foreach (var candidate in Enum.GetValues<Surface>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                surface = candidate;
                return true;
            }
        }

        surface = default;
        return false;
    }

    /// <summary>Which surface a request path belongs to, by its first segment.</summary>
    public static Surface? FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<Surface>())
        {
            var prefix = Prefix(candidate);
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && (path.Length == prefix.Length || path[prefix.Length] == '/'))
            {
                return candidate;
            }
        }

        return null;
    }

    public static IReadOnlyList<Surface> Vendors { get; } = [Surface.Everruns, Surface.OpenAI, Surface.Omnia, Surface.ClutchCall, Surface.VoiceAi];
}
