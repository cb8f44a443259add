using System.Xml.Linq;
using Conformance.Gherkin.Bindings;
using Conformance.Gherkin.Messages;
using Conformance.Gherkin.Tests.Support;

namespace Conformance.Gherkin.Tests.Reporting;

/// <summary>
/// Our NDJSON fed to Cucumber's own JUnit formatter (@cucumber/junit-xml-formatter over
/// @cucumber/query, npm): if any id did not resolve or a shape were off, it would throw or count
/// wrong. So this is the check that Cucumber tooling can read our runs.
/// </summary>
[Trait("Category", "Interop")]
public sealed class CucumberToolingTests
{
    [Fact]
    public async Task OurMessages_ReadByCucumbersJUnitFormatter_GiveTheSameOutcomes()
    {
        var harness = new RunHarness();
        var plan = harness.Plan([typeof(ToolingSteps)], null, ("tooling.feature", """
            Feature: Tooling
              Background:
                Given a call

              @webrtc
              Scenario: passes
                Then it is answered

              Scenario Outline: budget <ms>
                Then the reply took <ms> ms

                Examples:
                  | ms  |
                  | 200 |
                  | 900 |

              Scenario: undefined
                Given a step nobody wrote
            """));
        var (result, messages) = await RunHarness.RunAllAsync(plan, harness.Options());
        var path = Path.Combine(Path.GetTempPath(), $"tooling-{Guid.NewGuid():N}.ndjson");
        try
        {
            await using (var stream = File.Create(path))
            {
                await MessageJson.WriteNdjsonAsync(stream, messages, CancellationToken.None);
            }

            var suite = XDocument.Parse(await ReferenceGherkin.JUnitXmlAsync(path, CancellationToken.None)).Root!;

            Assert.Equal(("4", "2", "0"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("skipped")!));
            var cases = suite.Elements("testcase").ToDictionary(c => (string)c.Attribute("name")!, c => c);
            Assert.Equal(4, cases.Count);
            Assert.Null(cases["passes"].Element("failure"));
            Assert.Contains("Given a call", cases["passes"].Element("system-out")!.Value, StringComparison.Ordinal);
            Assert.Contains(cases, c => c.Key.Contains("900", StringComparison.Ordinal) && c.Value.Element("failure") is not null);
            Assert.Contains(cases, c => c.Key.Contains("200", StringComparison.Ordinal) && c.Value.Element("failure") is null);
            Assert.NotNull(cases["undefined"].Element("failure"));
            Assert.Equal(2, result.Pickles.Count(p => !p.Passed));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ToolingSteps
    {
        [Given("a call")]
        public static void ACall()
        {
        }

        [Then("it is answered")]
        public static void Answered()
        {
        }

        [Then("the reply took {int} ms")]
        public static void ReplyTook(int ms) => Assert.InRange(ms, 0, 800);
    }
}
