namespace Conformance.Harness.Targets;

/// <summary>Surface names as they appear in profiles, tags and the emulator's READY line.</summary>
public static class SurfaceNames
{
    public static IReadOnlyList<SurfaceName> All { get; } = Enum.GetValues<SurfaceName>();

    public static string Wire(SurfaceName surface) => surface switch
    {
        SurfaceName.Everruns => "everruns",
        SurfaceName.OpenAI => "openai",
        SurfaceName.Omnia => "omnia",
        SurfaceName.ClutchCall => "clutchcall",
        _ => "voiceai",
    };

    /// <summary>The scenario tag that marks a surface (<c>@omnia</c>…).</summary>
    public static string Tag(SurfaceName surface) => "@" + Wire(surface);

    public static bool TryParse(string? name, out SurfaceName surface)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Wire(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                surface = candidate;
                return true;
            }
        }

        surface = default;
        return false;
    }

    /// <summary>How the surface takes its API key (the header, and the scheme if any).</summary>
    public static (string Header, string? Scheme) Auth(SurfaceName surface) =>
        surface == SurfaceName.Omnia ? ("X-API-Key", null) : ("Authorization", "Bearer");
}
