namespace Conformance.Emulator.Runtime;

/// <summary>
/// Persona ids from the file names of a personas folder (<c>fixtures/model/personas/*.yaml</c>).
/// Without the folder the catalog is not authoritative and accepts any id (the runtime reports
/// an unknown persona when a call starts).
/// </summary>
public sealed class FilePersonaCatalog : IPersonaCatalog
{
    private readonly string[] _personas;

    public FilePersonaCatalog(string? directory)
    {
        Directory = directory;
        _personas = directory is not null && System.IO.Directory.Exists(directory)
            ? [.. System.IO.Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Select(f => Path.GetFileNameWithoutExtension(f)!)
                .Order(StringComparer.Ordinal)]
            : [];
        IsAuthoritative = _personas.Length > 0;
    }

    public string? Directory { get; }

    public bool IsAuthoritative { get; }

    public IReadOnlyList<string> Personas => _personas;

    public bool IsKnown(string persona) =>
        !IsAuthoritative || _personas.Contains(persona, StringComparer.Ordinal) || persona == AgentBinding.DefaultPersona;

    /// <summary>fixtures/model/personas above the application folder, if the emulator runs inside the repository.</summary>
    public static string? FindDefaultDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "model", "personas");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }

            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
            {
                return null;
            }
        }

        return null;
    }
}
