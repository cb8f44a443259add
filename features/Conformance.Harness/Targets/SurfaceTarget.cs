namespace Conformance.Harness.Targets;

/// <summary>
/// One surface of a target: its base URL (the vendor's documented base, e.g.
/// <c>https://api.omnia-voice.com</c>, or the emulator's stand-in) and where its API key comes
/// from — the name of an environment variable, never the key itself — plus the surface's
/// pre-provisioned resources (agent ids by role, org, trunk…) a real deployment needs.
/// </summary>
public sealed record SurfaceTarget(SurfaceName Surface, Uri BaseUrl, string? ApiKeyVariable)
{
    /// <summary>Named settings of the surface (<c>agents.default</c>, <c>orgId</c>, <c>trunkId</c>…), as strings.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The absolute URL of a path relative to the surface's base (<c>/api/v1/calls</c>).</summary>
    public Uri Resolve(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var root = BaseUrl.AbsoluteUri.TrimEnd('/');
        return new Uri(root + (relativePath.StartsWith('/') ? relativePath : "/" + relativePath));
    }

    public string? Setting(string name) => Settings.TryGetValue(name, out var value) ? value : null;
}
