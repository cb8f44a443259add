using System.Text.RegularExpressions;
using System.Xml.Linq;
using Conformance.Cli.Tests.Support;

namespace Conformance.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_AllPassing_ExitsZeroWritesTheThreeReportsAndSaysPassed()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));

        var exit = await bed.RunAsync("run");

        Assert.True(exit == ExitCodes.Success, bed.Out + bed.Error.ToString());
        var output = bed.Out.ToString();
        Assert.StartsWith($"conform: 2 scenarios from {bed.FeaturesDirectory} against emulator, 1 at a time\n", output, StringComparison.Ordinal);
        Assert.Matches(@"\[1/2\] passed    Numbers › small number \(\d+\.\d\d s\)\n\[2/2\] passed    Numbers › with a timeline \(\d+\.\d\d s\)\n", output);
        Assert.Matches(@"\| Numbers +\| +2 \| +2 \| +0 \| +0 \|", output);
        Assert.Matches(@"PASSED: 2 scenarios in \d+\.\d\d s\n$", output);
        foreach (var file in new[] { "conformance.ndjson", "conformance.junit.xml", "conformance.html", "conformance.details.json" })
        {
            Assert.True(File.Exists(Path.Combine(bed.ReportsDirectory, file)), file);
            if (!file.EndsWith(".json", StringComparison.Ordinal))
            {
                Assert.Contains("Report: " + Path.Combine(bed.ReportsDirectory, file), output, StringComparison.Ordinal);
            }
        }

        var html = await File.ReadAllTextAsync(Path.Combine(bed.ReportsDirectory, "conformance.html"));
        Assert.Contains("""<svg xmlns="http://www.w3.org/2000/svg" class="timeline" """, html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>Target</th><td>emulator</td></tr>", html, StringComparison.Ordinal);
        Assert.Empty(bed.Error.ToString());
    }

    [Fact]
    public async Task Run_AFailingScenario_ExitsOneAndShowsTheStepFileLineAndError()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing), ("limits.feature", SampleFeatures.Failing));

        var exit = await bed.RunAsync("run");

        Assert.Equal(ExitCodes.Failures, exit);
        var output = bed.Out.ToString();
        Assert.Contains("failed    Limits › too big", output, StringComparison.Ordinal);
        Assert.Contains("  Step failed: Then it is less than 10\n    at limits.feature:4\n    InvalidOperationException: 12 is not less than 10\n", output, StringComparison.Ordinal);
        Assert.Matches(@"FAILED: 1 of 3 scenarios did not pass", output);
        var suite = XDocument.Load(Path.Combine(bed.ReportsDirectory, "conformance.junit.xml")).Root!;
        Assert.Equal(("3", "1"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!));
    }

    [Fact]
    public async Task Run_UndefinedStep_ExitsTwoWithASnippetAndRunsNothing()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing), ("gaps.feature", SampleFeatures.Undefined));

        var exit = await bed.RunAsync("run");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var error = bed.Error.ToString();
        Assert.Contains("conform run: the features cannot run (1 problem); nothing was run.", error, StringComparison.Ordinal);
        Assert.Contains("gaps.feature:4: Undefined step: Then the moon is made of cheese", error, StringComparison.Ordinal);
        Assert.Contains("You can implement it with:\n    [Then(\"the moon is made of cheese\")]", error, StringComparison.Ordinal);
        Assert.Empty(bed.Out.ToString());
        Assert.False(Directory.Exists(bed.ReportsDirectory));
    }

    [Fact]
    public async Task Run_ParseError_ExitsTwoNamingTheLine()
    {
        using var bed = new CliTestBed(("broken.feature", SampleFeatures.Broken));

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("run"));

        Assert.Contains("broken.feature:4: ", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Tags_SelectScenarios()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing), ("limits.feature", SampleFeatures.Failing));

        var exit = await bed.RunAsync("run", "--tags", "@math and not @timeline");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("conform: 1 scenario from", bed.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("(tags: @math and not @timeline)", bed.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("PASSED: 1 scenario in", bed.Out.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@math and", "--tags: ")]
    [InlineData("@nothing", "no scenario matches the tag expression '@nothing' (3 scenarios left out).")]
    public async Task Run_TagsThatDoNotWork_ExitTwo(string tags, string message)
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing), ("limits.feature", SampleFeatures.Failing));

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("run", "--tags", tags));

        Assert.Contains("conform run: " + message, bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SeveralBadArguments_ListsEveryProblemAndExitsTwo()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        await File.WriteAllTextAsync(Path.Combine(bed.Root, "profile.json"), "{ not json");

        var exit = await bed.RunAsync("run", "--target", "profile.json", "--parallel", "0", "--features", "nowhere", "--steps", "missing.dll", "--name", "a/b", "--step-timeout", "-1");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var lines = bed.Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith($"conform run: --target: '{Path.Combine(bed.Root, "profile.json")}' is not valid JSON:", lines[0], StringComparison.Ordinal);
        Assert.Equal("conform run: --parallel must be between 1 and 64 (got 0).", lines[1]);
        Assert.Equal("conform run: --step-timeout must be a positive number of seconds (got -1).", lines[2]);
        Assert.Equal("conform run: --name must be a plain file name for the report files (got 'a/b').", lines[3]);
        Assert.Equal($"conform run: --features: the folder '{Path.Combine(bed.Root, "nowhere")}' does not exist.", lines[4]);
        Assert.Equal($"conform run: --steps: no assembly at '{Path.Combine(bed.Root, "missing.dll")}'.", lines[5]);
        Assert.False(bed.Environment.ContainsKey("CONFORMANCE_TARGET"));
    }

    [Theory]
    [InlineData("--parallel", "two")]
    [InlineData("--bogus")]
    [InlineData("runn")]
    public async Task Run_ArgumentsThatDoNotParse_ExitTwoWithAHint(params string[] args)
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));

        var exit = await bed.RunAsync(args[0] == "runn" ? args : ["run", .. args]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.EndsWith("Try 'conform --help' (or 'conform COMMAND --help').\n", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingProfile_ExitsTwo()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("run", "--target", "prod.json"));

        Assert.Contains($"--target: no target profile at '{Path.Combine(bed.Root, "prod.json")}'", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "emulator")]
    [InlineData("EMULATOR", "emulator")]
    [InlineData("profile.json", "PROFILE")]
    public async Task Run_Target_ReachesTheHarnessAsConformanceTarget(string? target, string expected)
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        var profile = Path.Combine(bed.Root, "profile.json");
        await File.WriteAllTextAsync(profile, """{"name":"staging"}""");

        var exit = await bed.RunAsync(target is null ? ["run"] : ["run", "--target", target]);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(expected == "PROFILE" ? profile : expected, bed.Environment["CONFORMANCE_TARGET"]);
    }

    [Fact]
    public async Task Run_Parallel2_RunsTwoScenariosAtOnce()
    {
        using var bed = new CliTestBed(("meeting.feature", SampleFeatures.Meeting));

        var exit = await bed.RunAsync("run", "--parallel", "2");

        Assert.True(exit == ExitCodes.Success, bed.Out.ToString());
        Assert.Contains(", 2 at a time", bed.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ReportsAndName_WriteWhereAsked()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));

        Assert.Equal(ExitCodes.Success, await bed.RunAsync("run", "--reports", "out", "--name", "nightly"));

        Assert.Equal(
            ["nightly.details.json", "nightly.html", "nightly.junit.xml", "nightly.ndjson"],
            Directory.GetFiles(Path.Combine(bed.Root, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_ReportsIsAFile_ExitsTwoBeforeRunning()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        await File.WriteAllTextAsync(Path.Combine(bed.Root, "taken"), "");

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("run", "--reports", "taken"));

        Assert.StartsWith($"conform run: --reports: cannot create '{Path.Combine(bed.Root, "taken")}'", bed.Error.ToString(), StringComparison.Ordinal);
        Assert.Empty(bed.Out.ToString());
    }

    [Fact]
    public async Task Run_StepsOption_LoadsTheNamedAssemblyInsteadOfTheDefault()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        var noDefaultSteps = bed.Host(steps: []);

        var exit = await ConformCommandLine.InvokeAsync(["run", "--steps", typeof(RunCommandTests).Assembly.Location], noDefaultSteps);

        Assert.True(exit == ExitCodes.Success, bed.Error.ToString());
        Assert.Contains("PASSED: 2 scenarios", bed.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Interrupted_ExitsOneThirtyAndStillWritesTheReports()
    {
        var key = Guid.NewGuid().ToString("N");
        using var bed = new CliTestBed(("interrupt.feature", SampleFeatures.Interruptible.Replace("KEY", key, StringComparison.Ordinal)));
        using var cancel = new CancellationTokenSource();

        var running = ConformCommandLine.InvokeAsync(["run"], bed.Host(), cancel.Token);
        await Steps.Interrupts.WhenStarted(key).WaitAsync(TimeSpan.FromSeconds(60));
        await cancel.CancelAsync();
        var exit = await running;

        var output = bed.Out.ToString();
        Assert.True(exit == ExitCodes.Interrupted, output + bed.Error);
        Assert.Contains("[2/2] failed    Interrupt › slow", output, StringComparison.Ordinal);
        Assert.Contains("INTERRUPTED after 2 scenarios (1 did not pass)", output, StringComparison.Ordinal);
        Assert.Contains("Interrupt › slow", await File.ReadAllTextAsync(Path.Combine(bed.ReportsDirectory, "conformance.junit.xml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(bed.ReportsDirectory, "conformance.html")));
    }

    [Fact]
    public async Task Run_OnATerminal_ShowsLiveProgressAndTheSummaryTable()
    {
        using var bed = new CliTestBed(("numbers.feature", SampleFeatures.Passing));
        var screen = new StringWriter();
        var terminal = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.Yes,
            ColorSystem = Spectre.Console.ColorSystemSupport.Standard,
            Interactive = Spectre.Console.InteractionSupport.Yes,
            Out = new Spectre.Console.AnsiConsoleOutput(screen),
        });

        var exit = await ConformCommandLine.InvokeAsync(["run"], bed.Host(isTerminal: true, terminal: terminal));

        Assert.True(exit == ExitCodes.Success, screen.ToString() + bed.Error);
        var text = Regex.Replace(screen.ToString(), @"\x1b\[[0-9;?]*[A-Za-z]", "");
        Assert.True(text.Contains("scenarios 2/2", StringComparison.Ordinal), text);
        Assert.Contains("scenarios 2/2", text, StringComparison.Ordinal);
        Assert.Contains("Summary", text, StringComparison.Ordinal);
        Assert.Contains("PASSED: 2 scenarios", text, StringComparison.Ordinal);
        Assert.Contains("\x1b[", screen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[1/2]", text, StringComparison.Ordinal);
    }
}
