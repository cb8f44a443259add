using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Conformance.Harness.Emulator;

/// <summary>
/// The emulator as a separate process, started for a run on a free loopback port
/// (<c>dotnet Conformance.Emulator.dll --urls http://127.0.0.1:0</c>) and known from its READY
/// line; stopped by closing its stdin (it exits when the pipe closes), killed only if it does not.
/// The harness never references the emulator: everything after this goes over the network.
/// </summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    /// <summary>Overrides where the emulator's built assembly is.</summary>
    public const string DllVariable = "CONFORMANCE_EMULATOR_DLL";

    private const int RecentLines = 200;
    private readonly Process _process;
    private readonly Queue<string> _recent = new();
    private readonly Lock _recentLock = new();
    private readonly TaskCompletionSource<EmulatorReadyInfo> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;

    private EmulatorProcess(Process process, TimeProvider time)
    {
        _process = process;
        _time = time;
    }

    public EmulatorReadyInfo Info { get; private set; } = null!;

    public int ProcessId => _process.Id;

    /// <summary>The emulator's last lines of output (stdout and stderr), for failure messages.</summary>
    public string RecentOutput
    {
        get
        {
            lock (_recentLock)
            {
                return string.Join('\n', _recent);
            }
        }
    }

    /// <summary>Where the built emulator is: <c>$CONFORMANCE_EMULATOR_DLL</c>, else the repository's build output for this build's configuration (or the other one).</summary>
    public static string LocateDll()
    {
        if (Environment.GetEnvironmentVariable(DllVariable) is { Length: > 0 } fromEnv)
        {
            return File.Exists(fromEnv)
                ? fromEnv
                : throw new FileNotFoundException($"${DllVariable} names '{fromEnv}', which does not exist.", fromEnv);
        }

        var mine = typeof(EmulatorProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        string[] configurations = [mine, mine == "Release" ? "Debug" : "Release"];
        var candidates = configurations
            .Select(c => HarnessPaths.InRepo("emulator", "Conformance.Emulator", "bin", c, "net10.0", "Conformance.Emulator.dll"))
            .ToArray();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"The emulator is not built (looked for {string.Join(" and ", candidates)}). Build it with " +
                $"'dotnet build emulator/Conformance.Emulator -c {mine}' (run-tests.sh and ./conform do), or set ${DllVariable}.");
    }

    /// <summary>Starts the emulator and waits for its READY line.</summary>
    /// <exception cref="EmulatorStartException">It exited, or said nothing usable, within <paramref name="timeout"/>.</exception>
    public static async Task<EmulatorProcess> StartAsync(TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken, IEnumerable<string>? extraArguments = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var dll = LocateDll();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in extraArguments ?? [])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var emulator = new EmulatorProcess(process, time);
        process.OutputDataReceived += (_, e) => emulator.OnLine(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => emulator.OnLine(e.Data, isError: true);
        process.Exited += (_, _) => emulator._ready.TrySetException(new EmulatorStartException(
            $"The emulator exited (code {SafeExitCode(process)}) before it was ready.\n{emulator.RecentOutput}"));
        if (!process.Start())
        {
            throw new EmulatorStartException($"Could not start 'dotnet {dll}'.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            emulator.Info = await emulator._ready.Task.WaitAsync(timeout, time, cancellationToken);
            return emulator;
        }
        catch (Exception e)
        {
            await emulator.DisposeAsync();
            throw e is EmulatorStartException
                ? e
                : new EmulatorStartException($"The emulator gave no READY line within {timeout.TotalSeconds:0} s ({e.Message}).\n{emulator.RecentOutput}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                // Closing stdin is the emulator's polite stop (it watches the pipe).
                _process.StandardInput.Close();
                try
                {
                    await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10), _time);
                }
                catch (TimeoutException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    private void OnLine(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_recentLock)
        {
            _recent.Enqueue(isError ? "stderr: " + line : line);
            while (_recent.Count > RecentLines)
            {
                _recent.Dequeue();
            }
        }

        if (!isError && line.StartsWith(EmulatorReadyInfo.Marker + " ", StringComparison.Ordinal))
        {
            try
            {
                _ready.TrySetResult(EmulatorReadyInfo.Parse(line[(EmulatorReadyInfo.Marker.Length + 1)..]));
            }
            catch (Exception e) when (e is FormatException or UriFormatException or InvalidOperationException)
            {
                _ready.TrySetException(new EmulatorStartException($"The emulator's READY line is unusable: {e.Message}\n{line}", e));
            }
        }
    }
}
