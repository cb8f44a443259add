using System.Globalization;
using Conformance.Gherkin.Running;
using Conformance.Harness.Measuring;
using Conformance.Harness.Reporting;

namespace Conformance.Harness.Tests.Suite;

/// <summary>
/// The figures the lead asked for, read from the runs' timeline attachments: the turn-gap
/// measurement error against the emulator's journal (measured − journal), median and p99 per
/// transport.
/// </summary>
internal static class SuiteFigures
{
    private static readonly string[] s_transports = ["@twilio", "@telnyx", "@plivo", "@generic-ws", "@webrtc", "@browser"];

    public static IReadOnlyDictionary<string, List<double>> TurnGapErrorSamples(RunResult result)
    {
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var pickle in result.Pickles)
        {
            var transport = pickle.Pickle.Tags.FirstOrDefault(s_transports.Contains) ?? "@other";
            foreach (var attachment in pickle.Attachments.Where(a => a.MediaType == ScenarioTimeline.MediaType))
            {
                if (!ScenarioTimeline.TryParse(attachment.Body, out var timeline, out _))
                {
                    continue;
                }

                foreach (var figure in timeline.Measurements.Where(m => m.Name == TurnFigures.TurnGapName && m.JournalMs is not null))
                {
                    (samples.TryGetValue(transport, out var list) ? list : samples[transport] = []).Add(figure.ValueMs - figure.JournalMs!.Value);
                }
            }
        }

        return samples;
    }

    public static IEnumerable<string> TurnGapErrors(RunResult result) =>
        TurnGapErrorSamples(result).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            string.Create(CultureInfo.InvariantCulture, $"turn-gap error vs journal {p.Key}: n={p.Value.Count} median {Percentile(p.Value, 50):0.0} ms, p99 {Percentile(p.Value, 99):0.0} ms (min {p.Value.Min():0.0}, max {p.Value.Max():0.0})"));

    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (percent / 100.0 * (sorted.Length - 1));
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
