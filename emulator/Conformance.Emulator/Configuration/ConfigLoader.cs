using System.Text.Json.Nodes;
using Conformance.Emulator.Http;

namespace Conformance.Emulator.Configuration;

/// <summary>Reads a JSON or YAML configuration file (by extension; .yaml/.yml are YAML) into <see cref="EmulatorConfig"/>.</summary>
public static class ConfigLoader
{
    public static EmulatorConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read config file '{path}': {e.Message}", []);
        }

        var yaml = path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        return Parse(text, yaml, path);
    }

    public static EmulatorConfig Parse(string text, bool yaml, string origin = "config")
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonNode? root;
        try
        {
            root = yaml ? YamlJson.Parse(text) : RequestBody.ParseJson(text);
        }
        catch (Exception e) when (e is FormatException or RequestBodyException)
        {
            throw new ConfigException($"{origin}: {e.Message}", []);
        }

        if (root is not JsonObject obj)
        {
            throw new ConfigException($"{origin}: the top level must be an object with 'tenants', 'deviations', 'leases'", []);
        }

        var config = ConfigParser.Parse(obj, out var errors);
        if (errors.Count > 0)
        {
            throw new ConfigException($"{origin}: {errors.Count} invalid field(s): {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}"))}", errors);
        }

        return config;
    }
}
