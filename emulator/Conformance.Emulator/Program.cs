using Conformance.Emulator.Configuration;
using Conformance.Emulator.Hosting;

// dotnet Conformance.Emulator.dll [--urls http://127.0.0.1:0] [--config file.json|yaml] [--exit-on-stdin-close]
// Prints one line "CONFORMANCE-EMULATOR-READY {json}" when listening (specs/control.md CTL-HOST-002).
var commandLine = EmulatorCommandLine.Parse(args);
EmulatorConfig? config = null;
if (commandLine.ConfigPath is { } path)
{
    try
    {
        config = ConfigLoader.Load(path);
    }
    catch (ConfigException e)
    {
        Console.Error.WriteLine($"conformance emulator: {e.Message}");
        return 2;
    }
}

var arguments = commandLine.UrlsGiven ? args : [.. args, "--urls", "http://127.0.0.1:8080"];
var app = EmulatorApp.Build(arguments, new EmulatorHostOptions
{
    Config = config,
    AnnounceReady = true,
    HumanBanner = !commandLine.UrlsGiven || !Console.IsOutputRedirected,
    ExitOnStdinClose = commandLine.ExitOnStdinClose || StdinWatcher.StdinIsPipe(),
});
await app.RunAsync();
return 0;
