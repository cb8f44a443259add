using System.Globalization;
using System.Text.Json;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Pickles;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// A run's envelopes sorted by kind and id, read line by line from NDJSON. A line that is not a
/// Cucumber message becomes a <see cref="ReportedProblem"/>; reading goes on.
/// </summary>
internal sealed class MessageIndex
{
    public Meta? Meta { get; private set; }

    public TestRunStarted? RunStarted { get; private set; }

    public TestRunFinished? RunFinished { get; private set; }

    public List<string> SourceOrder { get; } = [];

    public Dictionary<string, Gherkin.Ast.GherkinDocument> Documents { get; } = new(StringComparer.Ordinal);

    public List<Pickle> Pickles { get; } = [];

    public Dictionary<string, HookMessage> Hooks { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, TestCaseMessage> TestCasesByPickle { get; } = new(StringComparer.Ordinal);

    /// <summary>The last attempt of each test case, by test case id.</summary>
    public Dictionary<string, TestCaseStarted> LastAttempt { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Attempt, string Step), TestStepFinished> StepResults { get; } = [];

    public Dictionary<string, TestCaseFinished> TestCaseFinished { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<AttachmentMessage>> AttachmentsByAttempt { get; } = new(StringComparer.Ordinal);

    public List<AttachmentMessage> RunAttachments { get; } = [];

    public Dictionary<string, List<Snippet>> Snippets { get; } = new(StringComparer.Ordinal);

    public List<(TestRunHookStarted Started, TestRunHookFinished? Finished)> RunHooks { get; } = [];

    public List<ReportedProblem> Problems { get; } = [];

    public static MessageIndex Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var index = new MessageIndex();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Envelope? envelope;
            try
            {
                envelope = MessageJson.Deserialize(line);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
            {
                index.Problems.Add(new ReportedProblem(Line(number), $"not a Cucumber message ({e.Message})"));
                continue;
            }

            if (envelope is null)
            {
                index.Problems.Add(new ReportedProblem(Line(number), "not a Cucumber message (null)"));
                continue;
            }

            index.Add(envelope, number);
        }

        return index;
    }

    private static string Line(int number) => string.Create(CultureInfo.InvariantCulture, $"line {number}");

    private void Add(Envelope e, int line)
    {
        switch (e)
        {
            case { Meta: { } meta }: Meta = meta; break;
            case { Source.Uri: { } uri }: SourceOrder.Add(uri); break;
            case { GherkinDocument: { Uri: { } uri } document }: Documents[uri] = document; break;
            case { Pickle: { Id: not null, Uri: not null } pickle }: Pickles.Add(pickle); break;
            case { ParseError: { } error }:
                Problems.Add(new ReportedProblem($"{error.Source?.Uri}:{error.Source?.Location?.Line}", error.Message ?? "parse error"));
                break;
            case { Hook: { Id: { } id } hook }: Hooks[id] = hook; break;
            case { TestRunStarted: { } started }: RunStarted = started; break;
            case { TestCase: { PickleId: { } pickleId } testCase }: TestCasesByPickle[pickleId] = testCase; break;
            case { TestCaseStarted: { TestCaseId: { } testCaseId } started }:
                if (!LastAttempt.TryGetValue(testCaseId, out var previous) || started.Attempt >= previous.Attempt)
                {
                    LastAttempt[testCaseId] = started;
                }

                break;
            case { TestStepFinished: { TestCaseStartedId: { } attempt, TestStepId: { } step } finished }:
                StepResults[(attempt, step)] = finished;
                break;
            case { TestCaseFinished: { TestCaseStartedId: { } attempt } finished }: TestCaseFinished[attempt] = finished; break;
            case { Attachment: { } attachment }:
                if (attachment.TestCaseStartedId is { } owner)
                {
                    (AttachmentsByAttempt.TryGetValue(owner, out var list) ? list : AttachmentsByAttempt[owner] = []).Add(attachment);
                }
                else
                {
                    RunAttachments.Add(attachment);
                }

                break;
            case { Suggestion: { PickleStepId: { } pickleStep } suggestion }:
                (Snippets.TryGetValue(pickleStep, out var snippets) ? snippets : Snippets[pickleStep] = []).AddRange(suggestion.Snippets ?? []);
                break;
            case { TestRunHookStarted: { } started }: RunHooks.Add((started, null)); break;
            case { TestRunHookFinished: { } finished }:
                var at = RunHooks.FindIndex(h => h.Started.Id == finished.TestRunHookStartedId);
                if (at >= 0)
                {
                    RunHooks[at] = (RunHooks[at].Started, finished);
                }

                break;
            case { TestRunFinished: { } finished }: RunFinished = finished; break;
            case { StepDefinition: not null } or { ParameterType: not null } or { TestStepStarted: not null }: break;
            default: Problems.Add(new ReportedProblem(Line(line), "a message of a kind this report does not know, or with fields missing")); break;
        }
    }
}
