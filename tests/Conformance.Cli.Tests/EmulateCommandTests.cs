using System.Net.Sockets;
using Conformance.Cli.Tests.Support;
using Conformance.TestSupport;

namespace Conformance.Cli.Tests;

public sealed class EmulateCommandTests
{
    [Fact]
    public async Task Emulate_NotBuilt_ExitsTwoSayingHowToBuildIt()
    {
        using var bed = new CliTestBed();
        bed.Environment["CONFORMANCE_EMULATOR_DLL"] = "missing/Conformance.Emulator.dll";

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("emulate"));

        Assert.Contains($"the emulator is not built (looked for {Path.Combine(bed.Root, "missing", "Conformance.Emulator.dll")})", bed.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet build emulator/Conformance.Emulator -c Release", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulate_OutsideTheRepositoryWithoutVariable_ExitsTwo()
    {
        using var bed = new CliTestBed();

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("emulate"));

        Assert.Contains("cannot find the repository to locate the emulator; set CONFORMANCE_EMULATOR_DLL", bed.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulate_MissingConfig_ExitsTwo()
    {
        using var bed = new CliTestBed();
        var dll = Path.Combine(bed.Root, "Conformance.Emulator.dll");
        await File.WriteAllTextAsync(dll, "");
        bed.Environment["CONFORMANCE_EMULATOR_DLL"] = dll;

        Assert.Equal(ExitCodes.InvalidInput, await bed.RunAsync("emulate", "--config", "tenants.yaml"));

        Assert.Equal($"conform emulate: no configuration file at '{Path.Combine(bed.Root, "tenants.yaml")}'.\n", bed.Error.ToString());
    }

    /// <summary>
    /// The real emulator from the repository's build output (run-tests.sh builds the solution): it
    /// starts as a child process, answers on loopback, its output is relayed, and Ctrl-C stops it
    /// with exit code 0 and the port released. Fails loudly when the emulator is not built.
    /// </summary>
    [Fact]
    [Trait("Category", "Interop")]
    public async Task Emulate_Built_RelaysItsOutputAndStopsOnCtrlC()
    {
        using var bed = new CliTestBed();
        bed.Environment["CONFORMANCE_ROOT"] = RepoPaths.Root;
        var port = FreePort.Tcp();
        using var cancel = new CancellationTokenSource();

        var running = ConformCommandLine.InvokeAsync(["emulate", "--urls", $"http://127.0.0.1:{port}"], bed.Host(), cancel.Token);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var healthy = false;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!healthy && !running.IsCompleted && !deadline.IsCancellationRequested)
        {
            try
            {
                healthy = (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/_emulator/health"), deadline.Token)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), TimeProvider.System, CancellationToken.None);
            }
        }

        if (!healthy)
        {
            var early = running.IsCompleted ? await running : -1;
            Assert.Fail($"the emulator never answered on port {port} (exit {early}).\nout: {bed.Out}\nerr: {bed.Error}");
        }

        await cancel.CancelAsync();
        var exit = await running.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == ExitCodes.Success, $"exit {exit}\nout: {bed.Out}\nerr: {bed.Error}");
        Assert.Contains($"127.0.0.1:{port}", bed.Out.ToString(), StringComparison.Ordinal);
        using var probe = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync("127.0.0.1", port));
    }
}
