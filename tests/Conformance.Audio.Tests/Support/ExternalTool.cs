using System.Diagnostics;

namespace Conformance.Audio.Tests.Support;

/// <summary>
/// Runs a command-line tool (sox) for interop tests. A missing tool or a failing run throws with
/// the command line and the tool's stderr, so the test fails loudly instead of passing quietly.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var commandLine = $"{tool} {string.Join(' ', arguments)}";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{commandLine}'.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Interop peer '{tool}' is not installed or not on PATH ({e.Message}). Install it (tools/install-deps.sh) — this test needs the real tool.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{commandLine}' did not finish within {s_timeout}.");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{commandLine}' exited with {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
