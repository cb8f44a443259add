using System.Globalization;
using System.Xml;
using Conformance.Gherkin.Running;

namespace Conformance.Gherkin.Reporting;

/// <summary>
/// JUnit XML, the format CI servers read: one <c>testsuite</c> for the run, one <c>testcase</c>
/// per pickle (classname = feature, name = scenario and example row). Failed, undefined, pending
/// and ambiguous pickles are failures (with the step, its line and the error); pickles not run are
/// skipped. Times come from the run's clock, so a fake clock gives identical files.
/// </summary>
public static class JUnitXmlReport
{
    public static async Task WriteAsync(Stream stream, RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var settings = new XmlWriterSettings { Async = true, Indent = true, NewLineChars = "\n", Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "testsuite", null);
        await xml.WriteAttributeStringAsync(null, "name", null, result.Name);
        await xml.WriteAttributeStringAsync(null, "tests", null, Number(result.Pickles.Count));
        await xml.WriteAttributeStringAsync(null, "failures", null, Number(result.Pickles.Count(IsFailure)));
        await xml.WriteAttributeStringAsync(null, "errors", null, Number(result.RunHooks.Count(h => h.Status != StepStatus.Passed)));
        await xml.WriteAttributeStringAsync(null, "skipped", null, Number(result.Count(StepStatus.Skipped)));
        await xml.WriteAttributeStringAsync(null, "time", null, Seconds(result.Duration));
        await xml.WriteAttributeStringAsync(null, "timestamp", null, result.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        foreach (var hook in result.RunHooks.Where(h => h.Status != StepStatus.Passed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "testcase", null);
            await xml.WriteAttributeStringAsync(null, "classname", null, "(run hooks)");
            await xml.WriteAttributeStringAsync(null, "name", null, $"[{hook.Hook.Kind}] {hook.Hook.Name}");
            await xml.WriteAttributeStringAsync(null, "time", null, Seconds(hook.Duration));
            await xml.WriteStartElementAsync(null, "error", null);
            await xml.WriteAttributeStringAsync(null, "type", null, hook.Error?.GetType().FullName ?? "Error");
            await xml.WriteAttributeStringAsync(null, "message", null, XmlSafe(hook.Error?.Message ?? ""));
            await xml.WriteStringAsync(XmlSafe(hook.Error?.ToString() ?? ""));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }

        foreach (var pickle in result.Pickles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteTestCaseAsync(xml, pickle);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static bool IsFailure(PickleResult pickle) => pickle.Status is not (StepStatus.Passed or StepStatus.Skipped);

    private static async Task WriteTestCaseAsync(XmlWriter xml, PickleResult pickle)
    {
        await xml.WriteStartElementAsync(null, "testcase", null);
        await xml.WriteAttributeStringAsync(null, "classname", null, pickle.Pickle.Feature.FeatureName);
        var name = pickle.Pickle.Pickle.Name + (pickle.Pickle.ExampleRow is { } row ? $" ({row})" : "");
        await xml.WriteAttributeStringAsync(null, "name", null, name);
        await xml.WriteAttributeStringAsync(null, "time", null, Seconds(pickle.Duration));
        if (IsFailure(pickle))
        {
            var first = pickle.Steps.FirstOrDefault(s => s.Status is not (StepStatus.Passed or StepStatus.Skipped));
            await xml.WriteStartElementAsync(null, "failure", null);
            await xml.WriteAttributeStringAsync(null, "type", null, first?.Error?.GetType().FullName ?? pickle.Status.ToString());
            await xml.WriteAttributeStringAsync(null, "message", null, XmlSafe(first?.Message ?? pickle.Error?.Message ?? pickle.Status.ToString()));
            await xml.WriteStringAsync(XmlSafe(pickle.Describe()));
            await xml.WriteEndElementAsync();
        }
        else if (pickle.Status == StepStatus.Skipped)
        {
            await xml.WriteStartElementAsync(null, "skipped", null);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "system-out", null);
        await xml.WriteCDataAsync(XmlSafe(pickle.Log()).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }

    // Exception messages may hold characters XML 1.0 cannot carry (control characters, lone surrogates).
    private static string XmlSafe(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
