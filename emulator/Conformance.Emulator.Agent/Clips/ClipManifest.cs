using System.Text.Json;
using Conformance.Audio;

namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// Loads the model clips from <c>fixtures/model/manifest.json</c>: an object with a <c>clips</c>
/// array whose entries carry at least <c>id</c>, <c>file</c> (relative to the manifest) and
/// <c>transcript</c>; other fields (durations, segments, provenance) are the fixture tooling's
/// and are ignored here. Problems are reported all at once with the entry they concern.
/// </summary>
public static class ClipManifest
{
    public static ClipCatalog Load(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
        if (!document.RootElement.TryGetProperty("clips", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{manifestPath}: expected an object with a 'clips' array.");
        }

        var clips = new List<Clip>();
        var problems = new List<string>();
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var id = Text(entry, "id");
            var file = Text(entry, "file");
            var transcript = Text(entry, "transcript");
            if (id is null || file is null || transcript is null)
            {
                problems.Add($"clips[{index}]: 'id', 'file' and 'transcript' are required strings.");
            }
            else
            {
                try
                {
                    var wav = WavFile.Read(Path.Combine(directory, file));
                    if (wav.Channels != 1)
                    {
                        problems.Add($"clips[{index}] '{id}': {file} has {wav.Channels} channels; model clips are mono.");
                    }
                    else
                    {
                        clips.Add(new Clip(id, wav.Samples, wav.SampleRate, transcript));
                    }
                }
                catch (Exception e) when (e is IOException or AudioFormatException or UnauthorizedAccessException or ArgumentException)
                {
                    problems.Add($"clips[{index}] '{id}': {file}: {e.Message}");
                }
            }

            index++;
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{manifestPath}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }

        return new ClipCatalog(clips);
    }

    private static string? Text(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
