using Conformance.Cli.Tests.Support;

namespace Conformance.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public async Task Help_Root_ListsTheThreeCommands()
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.Success, await bed.RunAsync("--help"));

        var help = bed.Out.ToString();
        Assert.Contains("voice-agent API conformance kit", help, StringComparison.Ordinal);
        Assert.Matches(@"\n  run +Run the conformance scenarios", help);
        Assert.Matches(@"\n  emulate +Run the emulator", help);
        Assert.Matches(@"\n  report <RESULTS> +Rebuild the self-contained HTML report", help);
    }

    [Theory]
    [InlineData("run", "--target <emulator|PROFILE.json>", "Exit code: 0 all passed, 1 some failed, 2 nothing ran")]
    [InlineData("emulate", "--config <FILE>", "Exit code: 0 stopped by Ctrl-C")]
    [InlineData("report", "--out <FILE>", "Exit code: 0 written, 2 no results to read.")]
    public async Task Help_EachCommand_ShowsItsOptionsAndExitCodes(string command, string option, string exitCodes)
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.Success, await bed.RunAsync(command, "--help"));

        Assert.Contains(option, bed.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains(exitCodes, bed.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommand_ShowsHelpAndFails()
    {
        using var bed = new CliTestBed();

        var exit = await bed.RunAsync();

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("Required command was not provided", bed.Error.ToString(), StringComparison.Ordinal);
    }
}
