using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Running;

namespace Conformance.Gherkin.Reporting;

/// <summary>Writes a finished run's reports to a folder: <c>{name}.ndjson</c> (Cucumber Messages) and <c>{name}.junit.xml</c>.</summary>
public static class ReportWriter
{
    public static async Task<IReadOnlyList<string>> WriteAsync(
        string directory, string name, IReadOnlyList<Envelope> messages, RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var ndjson = Path.Combine(directory, name + ".ndjson");
        await using (var stream = File.Create(ndjson))
        {
            await MessageJson.WriteNdjsonAsync(stream, messages, cancellationToken);
        }

        var junit = Path.Combine(directory, name + ".junit.xml");
        await using (var stream = File.Create(junit))
        {
            await JUnitXmlReport.WriteAsync(stream, result, cancellationToken);
        }

        return [ndjson, junit];
    }
}
