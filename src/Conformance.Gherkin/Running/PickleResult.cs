using System.Globalization;
using System.Text;

namespace Conformance.Gherkin.Running;

/// <summary>What happened to one pickle: every test step, the attachments, the overall status.</summary>
public sealed record PickleResult(
    PlannedPickle Pickle,
    StepStatus Status,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<Attachment> Attachments,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    Exception? Error = null)
{
    public bool Passed => Status == StepStatus.Passed;

    /// <summary>
    /// For people: each step that did not pass, with the feature file line, the error, and for an
    /// undefined step a ready-to-paste step definition.
    /// </summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Pickle.DisplayName}: {Status.ToString().ToUpperInvariant()}\n");
        if (Error is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Error.GetType().Name}: {Error.Message}\n");
        }

        foreach (var step in Steps.Where(s => s.Status is not (StepStatus.Passed or StepStatus.Skipped)))
        {
            var where = step.Location is { } l ? $"{Pickle.Feature.Uri}:{l.Line}" : Pickle.Feature.Uri;
            text.Append(CultureInfo.InvariantCulture, $"  {StatusWord(step.Status)}: {step.Text}\n    at {where}\n");
            if (step.Message is { } message)
            {
                text.Append("    ").Append(message.Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
            }

            if (step.Snippet is { } snippet)
            {
                text.Append("    You can implement it with:\n\n    ").Append(snippet.Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>A step-by-step log: a mark, the step, its duration.</summary>
    public string Log()
    {
        var text = new StringBuilder();
        foreach (var step in Steps)
        {
            var mark = step.Status switch
            {
                StepStatus.Passed => "✓",
                StepStatus.Skipped => "-",
                StepStatus.Failed => "✗",
                _ => "?",
            };
            text.Append(CultureInfo.InvariantCulture, $"{mark} {step.Text}");
            text.Append(step.Status == StepStatus.Skipped
                ? " (skipped)\n"
                : string.Create(CultureInfo.InvariantCulture, $" ({step.Duration.TotalMilliseconds:0.0} ms{(step.Status == StepStatus.Passed ? "" : ", " + step.Status.ToString().ToLowerInvariant())})\n"));
        }

        foreach (var attachment in Attachments)
        {
            text.Append(CultureInfo.InvariantCulture, $"  attached {attachment.MediaType}{(attachment.FileName is null ? "" : $" {attachment.FileName}")}");
            text.Append(attachment.MediaType == ScenarioOutput.LogMediaType ? $": {attachment.Body}\n" : "\n");
        }

        return text.ToString();
    }

    private static string StatusWord(StepStatus status) => status switch
    {
        StepStatus.Failed => "Step failed",
        StepStatus.Undefined => "Step undefined",
        StepStatus.Pending => "Step pending",
        StepStatus.Ambiguous => "Step ambiguous",
        _ => status.ToString(),
    };
}
