using Conformance.Audio;

namespace Conformance.Emulator.Agent.Clips;

/// <summary>
/// Loads the model clips from <c>fixtures/model/manifest.json</c> through the shared reader
/// (<see cref="FixtureManifest"/>): the masters (<c>role: "model"</c>), each with its transcript.
/// The per-rate variants the fixture tooling also lists are not needed: <see cref="ClipCache"/>
/// derives every leg format from the master. Problems are reported together, per clip.
/// </summary>
public static class ClipManifest
{
    public const string MasterRole = "model";

    public static ClipCatalog Load(string manifestPath)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        FixtureManifest manifest;
        try
        {
            manifest = FixtureManifest.Load(manifestPath);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }

        var clips = new List<Clip>();
        var problems = new List<string>();
        foreach (var entry in manifest.Clips.Where(c => c.Role == MasterRole))
        {
            if (entry.Transcript is null)
            {
                problems.Add($"'{entry.Id}': a model clip needs a transcript.");
                continue;
            }

            try
            {
                var wav = manifest.Read(entry.Id);
                if (wav.Channels != 1)
                {
                    problems.Add($"'{entry.Id}': {entry.File} has {wav.Channels} channels; model clips are mono.");
                    continue;
                }

                clips.Add(new Clip(entry.Id, wav.Samples, wav.SampleRate, entry.Transcript));
            }
            catch (Exception e) when (e is IOException or AudioFormatException or UnauthorizedAccessException or ArgumentException)
            {
                problems.Add($"'{entry.Id}': {entry.File}: {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{manifestPath}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }

        return new ClipCatalog(clips);
    }
}
