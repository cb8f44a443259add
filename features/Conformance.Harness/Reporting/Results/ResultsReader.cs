using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Pickles;

namespace Conformance.Harness.Reporting.Results;

/// <summary>
/// Reads a run back from its Cucumber Messages NDJSON (what the Gherkin runner writes): each
/// feature with the scenarios that ran, in file order, their steps placed back at their lines, the
/// last attempt's results, and the attachments. Malformed input is reported as problems in the
/// result, never thrown.
/// </summary>
public static class ResultsReader
{
    public static async Task<ReportedRun> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken);
        return Read(lines);
    }

    public static ReportedRun Read(IEnumerable<string> ndjsonLines)
    {
        var index = MessageIndex.Read(ndjsonLines);
        var features = new List<ReportedFeature>();
        var notSelected = 0;
        var uris = index.SourceOrder.Concat(index.Documents.Keys).Concat(index.Pickles.Select(p => p.Uri)).Distinct(StringComparer.Ordinal);
        foreach (var uri in uris)
        {
            index.Documents.TryGetValue(uri, out var document);
            var ast = new GherkinDocumentIndex(document);
            var scenarios = new List<ReportedScenario>();
            foreach (var pickle in index.Pickles.Where(p => p.Uri == uri))
            {
                if (index.TestCasesByPickle.TryGetValue(pickle.Id, out var testCase))
                {
                    scenarios.Add(Scenario(index, ast, pickle, testCase));
                }
                else
                {
                    notSelected++;
                }
            }

            if (scenarios.Count > 0)
            {
                var feature = ast.Feature;
                features.Add(new ReportedFeature(uri, feature?.Keyword?.Trim() ?? "Feature", feature?.Name ?? uri, feature?.Description?.Trim() ?? "", scenarios));
            }
        }

        var started = index.RunStarted is { } s ? ToTime(s.Timestamp) : (DateTimeOffset?)null;
        var finished = index.RunFinished is { } f ? ToTime(f.Timestamp) : (DateTimeOffset?)null;
        var problems = index.Problems.ToList();
        if (index.RunFinished is null)
        {
            problems.Add(new ReportedProblem("run", "the results end before testRunFinished: the run did not finish"));
        }

        return new ReportedRun(
            index.Meta,
            started,
            started is { } a && finished is { } b ? b - a : null,
            index.RunFinished?.Success,
            index.RunFinished?.Message ?? index.RunFinished?.Exception?.Message,
            features,
            [.. index.RunHooks.Select(h => RunHook(index, h.Started, h.Finished))],
            [.. index.RunAttachments.Select(Attachment)],
            problems,
            notSelected);
    }

    private static ReportedScenario Scenario(MessageIndex index, GherkinDocumentIndex ast, Pickle pickle, TestCaseMessage testCase)
    {
        var attempt = index.LastAttempt.GetValueOrDefault(testCase.Id);
        var stepsById = (pickle.Steps ?? []).Where(s => s?.Id is not null).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var steps = new List<ReportedStep>();
        foreach (var testStep in testCase.TestSteps ?? [])
        {
            if (testStep?.Id is null)
            {
                continue;
            }

            var finished = attempt is null ? null : index.StepResults.GetValueOrDefault((attempt.Id, testStep.Id));
            var result = finished?.TestStepResult;
            var status = result?.Status ?? TestStepResultStatus.Unknown;
            var duration = result?.Duration.ToTimeSpan() ?? TimeSpan.Zero;
            if (testStep.PickleStepId is { } pickleStepId && stepsById.TryGetValue(pickleStepId, out var pickleStep))
            {
                var astStep = ast.Step(First(pickleStep.AstNodeIds));
                var snippets = index.Snippets.GetValueOrDefault(pickleStepId)?.Select(s => s.Code).ToArray() ?? [];
                steps.Add(new ReportedStep(
                    false,
                    astStep?.Keyword ?? "* ",
                    pickleStep.Text ?? "",
                    astStep?.Location is { } l ? $"{pickle.Uri}:{l.Line}" : null,
                    pickleStep.Argument,
                    status,
                    duration,
                    result?.Message,
                    result?.Exception,
                    snippets) { TestStepId = testStep.Id });
            }
            else
            {
                var hook = testStep.HookId is { } hookId ? index.Hooks.GetValueOrDefault(hookId) : null;
                steps.Add(Hook(hook, testStep.HookId, status, duration, result) with { TestStepId = testStep.Id });
            }
        }

        var scenarioNode = ast.Scenario(First(pickle.AstNodeIds));
        var rowId = pickle.AstNodeIds is { Count: > 1 } ids ? ids[1] : null;
        var line = ast.Row(rowId)?.Location?.Line ?? pickle.Location?.Line ?? scenarioNode?.Location?.Line ?? 0;
        var attachments = attempt is null ? [] : index.AttachmentsByAttempt.GetValueOrDefault(attempt.Id)?.Select(Attachment).ToArray() ?? [];
        var finishedAt = attempt is null ? null : index.TestCaseFinished.GetValueOrDefault(attempt.Id);
        return new ReportedScenario(
            pickle.Name ?? "",
            scenarioNode?.Keyword?.Trim() ?? "Scenario",
            pickle.Uri,
            line,
            ast.ExampleRow(rowId),
            [.. (pickle.Tags ?? []).Select(t => t?.Name ?? "")],
            attempt is null ? TestStepResultStatus.Unknown : Worst(steps.Select(s => s.Status)),
            attempt is not null && finishedAt is not null ? ToTime(finishedAt.Timestamp) - ToTime(attempt.Timestamp) : null,
            steps,
            attachments);
    }

    private static ReportedStep RunHook(MessageIndex index, TestRunHookStarted started, TestRunHookFinished? finished)
    {
        var hook = started.HookId is { } id ? index.Hooks.GetValueOrDefault(id) : null;
        var result = finished?.Result;
        return Hook(hook, started.HookId, result?.Status ?? TestStepResultStatus.Unknown, result?.Duration.ToTimeSpan() ?? TimeSpan.Zero, result);
    }

    private static ReportedStep Hook(HookMessage? hook, string? hookId, TestStepResultStatus status, TimeSpan duration, TestStepResult? result)
    {
        var kind = hook?.Type switch
        {
            HookType.BeforeTestCase => "Before",
            HookType.AfterTestCase => "After",
            HookType.BeforeTestRun => "BeforeTestRun",
            HookType.AfterTestRun => "AfterTestRun",
            HookType.BeforeTestStep => "BeforeStep",
            HookType.AfterTestStep => "AfterStep",
            _ => "Hook",
        };
        var where = hook?.SourceReference is { Uri: { } uri } source ? (source.Location is { } l ? $"{uri}:{l.Line}" : uri) : null;
        return new ReportedStep(true, kind, hook?.Name ?? hookId ?? "(unknown hook)", where, null, status, duration, result?.Message, result?.Exception, []);
    }

    private static ReportedAttachment Attachment(AttachmentMessage a) =>
        new(a.MediaType ?? "application/octet-stream", a.FileName, a.Body ?? "", a.ContentEncoding, a.TestStepId);

    /// <summary>Cucumber's order, best to worst: the scenario has its worst step's status.</summary>
    private static TestStepResultStatus Worst(IEnumerable<TestStepResultStatus> statuses) =>
        statuses.Select(s => (s, Rank(s))).DefaultIfEmpty((TestStepResultStatus.Passed, 0)).MaxBy(p => p.Item2).Item1;

    private static int Rank(TestStepResultStatus status) => status switch
    {
        TestStepResultStatus.Passed => 0,
        TestStepResultStatus.Skipped => 1,
        TestStepResultStatus.Pending => 2,
        TestStepResultStatus.Undefined => 3,
        TestStepResultStatus.Ambiguous => 4,
        TestStepResultStatus.Unknown => 5,
        _ => 6,
    };

    /// <summary>A message timestamp; one out of <see cref="DateTimeOffset"/>'s range (only a corrupt file has one) is clamped.</summary>
    private static DateTimeOffset ToTime(Timestamp t) =>
        DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(t.Seconds, -62_135_596_800L, 253_402_300_798L)).AddTicks(Math.Clamp(t.Nanos, 0, 999_999_999) / 100);

    private static string? First(IReadOnlyList<string>? ids) => ids is { Count: > 0 } ? ids[0] : null;
}
