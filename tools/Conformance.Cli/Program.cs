using System.CommandLine;
using System.Diagnostics;

var root = new RootCommand("conform: the voice-agent API conformance kit");

var urls = new Option<string>("--urls")
{
    Description = "Where the emulator listens",
    DefaultValueFactory = _ => "http://127.0.0.1:8080",
};
var emulate = new Command("emulate", "Run the emulator for local development") { urls };
emulate.SetAction(async (parse, ct) =>
{
    var dll = Path.Combine(FindRepoRoot(), "emulator", "Conformance.Emulator", "bin", "Release", "net10.0", "Conformance.Emulator.dll");
    if (!File.Exists(dll))
    {
        Console.Error.WriteLine($"The emulator is not built ({dll}); run ./conform, which builds it.");
        return 2;
    }

    var start = new ProcessStartInfo("dotnet") { ArgumentList = { dll, "--urls", parse.GetValue(urls)! } };
    using var process = Process.Start(start)!;
    await process.WaitForExitAsync(ct);
    return process.ExitCode;
});
root.Subcommands.Add(emulate);

return await root.Parse(args).InvokeAsync();

static string FindRepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run conform from inside the repository.");
}
