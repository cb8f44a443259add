using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.TestSupport;

namespace Conformance.Gherkin.Tests.Support;

/// <summary>
/// @cucumber/gherkin and Cucumber's JUnit formatter through tools/gherkin-bench (node): installs the locked packages with
/// <c>npm ci</c> when they are missing, then parses a folder of files. Fails loudly when node or
/// npm cannot run.
/// </summary>
internal static class ReferenceGherkin
{
    private static readonly SemaphoreSlim s_install = new(1, 1);

    public static string PackageFolder => RepoPaths.InRepo("tools", "gherkin-bench");

    /// <summary>File name → the envelopes @cucumber/gherkin produced for it.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonArray>> ParseFolderAsync(string folder, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exit, output, error) = await RunAsync("node", ["parse.mjs", folder], cancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException($"node parse.mjs failed ({exit}): {error}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToDictionary(o => o["name"]!.GetValue<string>(), o => o["envelopes"]!.AsArray(), StringComparer.Ordinal);
    }

    /// <summary>Cucumber's JUnit formatter's rendering of a message stream.</summary>
    public static async Task<string> JUnitXmlAsync(string ndjsonPath, CancellationToken cancellationToken)
    {
        await EnsureInstalledAsync(cancellationToken);
        var (exit, output, error) = await RunAsync("node", ["junit.mjs", ndjsonPath], cancellationToken);
        return exit == 0 ? output : throw new InvalidOperationException($"node junit.mjs failed ({exit}): {error}");
    }

    private static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await s_install.WaitAsync(cancellationToken);
        try
        {
            string[] packages = ["gherkin", "messages", "junit-xml-formatter"];
            if (packages.All(p => File.Exists(Path.Combine(PackageFolder, "node_modules", "@cucumber", p, "package.json"))))
            {
                return;
            }

            var (exit, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], cancellationToken);
            if (exit != 0)
            {
                throw new InvalidOperationException($"npm ci in {PackageFolder} failed ({exit}); the differential tests need @cucumber/gherkin from the npm registry.\n{output}\n{error}");
            }
        }
        finally
        {
            s_install.Release();
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = PackageFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"'{program}' could not be started: is node 20 installed?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
