namespace Conformance.Contracts;

/// <summary>
/// An OpenAPI path template (<c>/v1/sessions/{session_id}/voice/calls</c>) matched against a
/// concrete request path segment by segment (OpenAPI 3.1 §4.8.8.1: templated segments match one
/// whole segment; literal segments win over templated ones).
/// </summary>
public sealed class PathTemplate
{
    private static readonly IReadOnlyDictionary<string, string> s_none = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly string[] _segments;

    public PathTemplate(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        _segments = Split(template);
        LiteralCount = _segments.Count(s => !IsParameter(s));
    }

    public string Template { get; }

    /// <summary>How many segments are literal: the more, the more specific the match.</summary>
    public int LiteralCount { get; }

    public bool TryMatch(string path, out IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryMatch(Split(path), out parameters);
    }

    /// <summary>Matches an already split path (see <see cref="SplitPath"/>), so one lookup across many templates splits once.</summary>
    internal bool TryMatch(string[] concrete, out IReadOnlyDictionary<string, string> parameters)
    {
        parameters = s_none;
        if (concrete.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < concrete.Length; i++)
        {
            var expected = _segments[i];
            if (IsParameter(expected) ? concrete[i].Length == 0 : !string.Equals(expected, concrete[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < concrete.Length; i++)
        {
            if (IsParameter(_segments[i]))
            {
                result[_segments[i][1..^1]] = Uri.UnescapeDataString(concrete[i]);
            }
        }

        parameters = result;
        return true;
    }

    internal static string[] SplitPath(string path) => Split(path);

    /// <summary>The template with every parameter replaced by its value (escaped).</summary>
    public string Expand(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var parts = _segments.Select(s => IsParameter(s)
            ? Uri.EscapeDataString(values.TryGetValue(s[1..^1], out var v) ? v : throw new ArgumentException($"no value for path parameter '{s}' of {Template}", nameof(values)))
            : s);
        return "/" + string.Join('/', parts);
    }

    public IEnumerable<string> ParameterNames => _segments.Where(IsParameter).Select(s => s[1..^1]);

    private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    private static string[] Split(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var bare = query >= 0 ? path[..query] : path;
        return bare.Trim('/').Split('/');
    }

    public override string ToString() => Template;
}
