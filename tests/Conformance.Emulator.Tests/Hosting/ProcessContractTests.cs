using System.Diagnostics;
using System.Text.Json.Nodes;
using Conformance.Emulator.Hosting;
using Conformance.Emulator.Tests.Support;
using Conformance.TestSupport;

namespace Conformance.Emulator.Tests.Hosting;

/// <summary>
/// The process contract the harness relies on (specs/control.md CTL-HOST-001…004):
/// <c>dotnet Conformance.Emulator.dll --urls http://127.0.0.1:0 [--config f]</c> prints one
/// <c>CONFORMANCE-EMULATOR-READY {json}</c> line, serves, and exits cleanly on SIGTERM or when
/// its stdin pipe closes.
/// </summary>
public sealed class ProcessContractTests
{
    private static readonly TimeSpan s_startup = TimeSpan.FromSeconds(60);

    private static string EmulatorDll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance.Emulator.dll");
        Assert.True(File.Exists(path), $"the emulator assembly is not next to the tests: {path}");
        return path;
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EmulatorDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    private static async Task<JsonObject> ReadyAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(s_startup);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(ReadyAnnouncer.Marker + " ", StringComparison.Ordinal))
            {
                return JsonNode.Parse(line[(ReadyAnnouncer.Marker.Length + 1)..])!.AsObject();
            }
        }

        throw new InvalidOperationException($"the emulator exited without a READY line: {await process.StandardError.ReadToEndAsync()}");
    }

    [Fact]
    public async Task ReadyLine_ThenServes_ThenStdinCloseExitsCleanly()
    {
        using var process = Start("--urls", "http://127.0.0.1:0");
        try
        {
            var ready = await ReadyAsync(process);
            var baseUrl = ready["baseUrl"]!.GetValue<string>();
            Assert.StartsWith("http://127.0.0.1:", baseUrl, StringComparison.Ordinal);
            Assert.Equal(baseUrl + "/everruns", ready["surfaces"]!["everruns"]!["baseUrl"]!.GetValue<string>());
            Assert.Equal("vk_test_default", ready["tenants"]![0]!["keys"]!["voiceai"]!.GetValue<string>());
            Assert.Equal(process.Id, ready["pid"]!.GetValue<int>());

            using var client = new EmulatorClient(baseUrl);
            Assert.Equal(200, (await client.GetAsync("/_emulator/health")).Status);

            process.StandardInput.Close();
            using var exit = new CancellationTokenSource(s_startup);
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Sigterm_ExitsCleanly_ConfigFileYamlApplied()
    {
        var config = Path.Combine(Path.GetTempPath(), $"emulator-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(config, """
            tenants:
              - id: yaml-tenant
                keys:
                  - surface: omnia
                    key: ck_from_yaml_0001
                    credits: 0
                withDefaults: true
            deviations:
              - name: omnia.rate_limit_headers_missing
            leases:
              omniaSocketSeconds: 30
            """);
        using var process = Start("--urls", "http://127.0.0.1:0", "--config", config);
        try
        {
            var ready = await ReadyAsync(process);
            using var client = new EmulatorClient(ready["baseUrl"]!.GetValue<string>());
            var response = await client.PostJsonAsync("/omnia/api/v1/calls/create", new JsonObject { ["agentId"] = "agt_default" }, Auth.ApiKey("ck_from_yaml_0001"));
            Assert.Equal(402, response.Status);
            Assert.Null(response.Header("X-RateLimit-Limit"));

            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            using var exit = new CancellationTokenSource(s_startup);
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            File.Delete(config);
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task InvalidConfig_ExitCode2_WithEveryProblemNamed()
    {
        var config = Path.Combine(Path.GetTempPath(), $"emulator-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, """{"tenants":[{"id":"x","keys":[{"surface":"fax"}]}],"leases":{"omniaSocketSeconds":0},"typo":1}""");
        using var process = Start("--urls", "http://127.0.0.1:0", "--config", config);
        try
        {
            using var exit = new CancellationTokenSource(s_startup);
            await process.WaitForExitAsync(exit.Token);
            var error = await process.StandardError.ReadToEndAsync();
            Assert.Equal(2, process.ExitCode);
            Assert.Contains("tenants[0].keys[0].surface", error, StringComparison.Ordinal);
            Assert.Contains("leases.omniaSocketSeconds", error, StringComparison.Ordinal);
            Assert.Contains("typo", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [Fact]
    public void RepoPaths_OpenApiJsonIsInTheRepository() => Assert.True(File.Exists(RepoPaths.InRepo("openapi.json")));
}
