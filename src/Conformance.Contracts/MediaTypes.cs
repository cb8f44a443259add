namespace Conformance.Contracts;

/// <summary>Media-type comparisons for OpenAPI content maps (RFC 9110 §8.3.1: parameters are not part of the match).</summary>
public static class MediaTypes
{
    public static string Essence(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return string.Empty;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }

    /// <summary>JSON or a structured-syntax +json type (RFC 6839 §3.1), e.g. application/problem+json.</summary>
    public static bool IsJson(string? contentType)
    {
        var essence = Essence(contentType);
        return essence == "application/json" || essence.EndsWith("+json", StringComparison.Ordinal);
    }

    /// <summary>Whether a documented content key (possibly a wildcard like <c>application/*</c>) covers the actual type.</summary>
    public static bool Covers(string documented, string actual)
    {
        var doc = Essence(documented);
        var act = Essence(actual);
        if (doc == "*/*" || doc == act)
        {
            return true;
        }

        return doc.EndsWith("/*", StringComparison.Ordinal) && act.StartsWith(doc[..^1], StringComparison.Ordinal);
    }
}
