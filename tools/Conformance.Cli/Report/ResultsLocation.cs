namespace Conformance.Cli.Report;

/// <summary>
/// Which NDJSON a results argument means: the file itself, or the one run in a folder
/// (<c>conformance.ndjson</c> when there are several). Anything else is an error message.
/// </summary>
internal static class ResultsLocation
{
    public static string? FindNdjson(string path, out string? error)
    {
        error = null;
        if (File.Exists(path))
        {
            return path;
        }

        if (!Directory.Exists(path))
        {
            error = $"no results at '{path}' (give a reports folder or its .ndjson file).";
            return null;
        }

        var runs = Directory.GetFiles(path, "*.ndjson").Order(StringComparer.Ordinal).ToArray();
        switch (runs.Length)
        {
            case 0:
                error = $"'{path}' holds no .ndjson results (conform run writes NAME.ndjson there).";
                return null;
            case 1:
                return runs[0];
        }

        var preferred = runs.FirstOrDefault(r => Path.GetFileName(r) == "conformance.ndjson");
        if (preferred is null)
        {
            error = $"'{path}' holds several runs ({string.Join(", ", runs.Select(Path.GetFileName))}); give the .ndjson file to use.";
        }

        return preferred;
    }
}
