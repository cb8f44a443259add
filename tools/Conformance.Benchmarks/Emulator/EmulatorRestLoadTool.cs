using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Conformance.Benchmarks.Emulator;

/// <summary>
/// REST latency of the emulator under concurrent clients, measured over real HTTP against the
/// built emulator started as a child process (the way the harness runs it): each iteration
/// creates an Omnia inline call, reads its log entry and deletes it. Prints requests/s and the
/// median and p99 latency per request.
/// <c>load emulator-rest [clients=8] [iterations-per-client=200]</c>
/// </summary>
public sealed class EmulatorRestLoadTool : ILoadTool
{
    public string Name => "emulator-rest";

    public string Description => "Omnia create/get/delete round trips against the emulator process: req/s, median and p99 latency";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 8;
        var iterations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var dll = FindEmulatorDll();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        try
        {
            string? baseUrl = null;
            string? key = null;
            while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("CONFORMANCE-EMULATOR-READY ", StringComparison.Ordinal))
                {
                    var info = System.Text.Json.Nodes.JsonNode.Parse(line["CONFORMANCE-EMULATOR-READY ".Length..])!;
                    baseUrl = info["baseUrl"]!.GetValue<string>();
                    key = info["tenants"]![0]!["keys"]!["omnia"]!.GetValue<string>();
                    break;
                }
            }

            if (baseUrl is null || key is null)
            {
                Console.Error.WriteLine("the emulator did not report READY");
                return 1;
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(baseUrl) };
            http.DefaultRequestHeaders.Add("X-API-Key", key);

            // The default key's 1000/hour window would cut the run short.
            (await http.PatchAsync($"/_emulator/keys/{Uri.EscapeDataString(key)}", Json("""{"rateLimit":null,"credits":null}"""), cancellationToken)).EnsureSuccessStatusCode();
            var latencies = new List<double>[clients];
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                latencies[c] = [];
                for (var i = 0; i < iterations; i++)
                {
                    var created = await Timed(latencies[c], () => http.PostAsync("/omnia/api/v1/calls/inline", Json("""{"systemPrompt":"x","voice":"Mark","language":"en"}"""), cancellationToken));
                    var id = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync(cancellationToken))!["id"]!.GetValue<string>();
                    await Timed(latencies[c], () => http.GetAsync($"/omnia/api/v1/calls/{id}", cancellationToken));
                    await Timed(latencies[c], () => http.DeleteAsync($"/omnia/api/v1/calls/{id}", cancellationToken));
                }
            }));
            wall.Stop();
            var all = latencies.SelectMany(l => l).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{all.Length} requests by {clients} clients in {wall.Elapsed.TotalSeconds:F2} s: {all.Length / wall.Elapsed.TotalSeconds:F0} req/s; latency median {all[all.Length / 2]:F2} ms, p99 {all[(int)(all.Length * 0.99)]:F2} ms"));
            return 0;
        }
        finally
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task<HttpResponseMessage> Timed(List<double> sink, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await send();
        sink.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string FindEmulatorDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "emulator", "Conformance.Emulator", "bin", "Release", "net10.0", "Conformance.Emulator.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("build the emulator first: dotnet build emulator/Conformance.Emulator -c Release");
    }
}
