using Conformance.Harness.Emulator;

namespace Conformance.Harness.Tests.Targets;

/// <summary>The emulator as a separate process: started on a free port, known from its READY line, stopped by closing stdin.</summary>
public sealed class EmulatorProcessTests
{
    [Fact]
    public async Task StartAsync_BuiltEmulator_AnnouncesSurfacesAndControlOnLoopback()
    {
        await using var emulator = await EmulatorProcess.StartAsync(TimeProvider.System, TimeSpan.FromSeconds(90), CancellationToken.None);
        var info = emulator.Info;

        Assert.Equal("127.0.0.1", info.BaseUrl.Host);
        Assert.NotEqual(0, info.BaseUrl.Port);
        Assert.Equal(["clutchcall", "everruns", "omnia", "openai", "voiceai"], info.Surfaces.Keys.Order(StringComparer.Ordinal));
        Assert.All(info.Surfaces.Values, u => Assert.Equal(info.BaseUrl.Port, u.Port));
        using var http = new HttpClient();
        var health = await http.GetStringAsync(new Uri(info.Control, "/_emulator/health"));
        Assert.Contains("ok", health, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisposeAsync_ClosesStdin_EmulatorExits()
    {
        var emulator = await EmulatorProcess.StartAsync(TimeProvider.System, TimeSpan.FromSeconds(90), CancellationToken.None);
        var pid = emulator.ProcessId;

        await emulator.DisposeAsync();

        Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
    }
}
