using System.Diagnostics;

namespace Conformance.Cli.Emulate;

/// <summary>
/// Runs <c>dotnet Conformance.Emulator.dll …</c> as a child process and copies its stdout and
/// stderr to ours line by line. Its stdin is a pipe held open: the emulator exits when that pipe
/// closes (specs/control.md), so on Ctrl-C the relay closes it and waits; if the emulator is still
/// up after <see cref="StopGrace"/> it is killed. Should this process die, the pipe closes too and
/// the emulator does not outlive it.
/// </summary>
internal sealed class EmulatorRelay(CliHost host)
{
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var outputLock = new Lock();
        process.OutputDataReceived += (_, e) => Relay(host.Out, e.Data, outputLock);
        process.ErrorDataReceived += (_, e) => Relay(host.Error, e.Data, outputLock);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            await host.Error.WriteLineAsync($"conform emulate: cannot start '{start.FileName}': {e.Message}");
            return ExitCodes.InvalidInput;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync(process);
            return ExitCodes.Success;
        }
    }

    private async Task StopAsync(Process process)
    {
        process.StandardInput.Close();
        using var grace = new CancellationTokenSource(StopGrace, host.TimeProvider);
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            await host.Error.WriteLineAsync($"conform emulate: the emulator did not stop within {StopGrace.TotalSeconds:0} s of closing its stdin; killing it.");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static void Relay(TextWriter writer, string? line, Lock outputLock)
    {
        if (line is null)
        {
            return;
        }

        lock (outputLock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    /// <summary>The dotnet host running us (the SDK sets DOTNET_HOST_PATH; <c>dotnet conform.dll</c> is one), else the one on PATH.</summary>
    private string DotnetHost()
    {
        if (host.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
