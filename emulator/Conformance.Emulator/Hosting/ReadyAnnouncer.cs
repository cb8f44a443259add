using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Conformance.Emulator.Hosting;

/// <summary>
/// The process contract (CTL-HOST-002): once listening, print exactly one line
/// <c>CONFORMANCE-EMULATOR-READY {json}</c> on stdout (the <see cref="EmulatorInfo"/> object,
/// compact), then, for people, a table of what is served.
/// </summary>
public sealed class ReadyAnnouncer : IHostedService
{
    public const string Marker = "CONFORMANCE-EMULATOR-READY";

    private readonly IHostApplicationLifetime _lifetime;
    private readonly IServer _server;
    private readonly EmulatorStore _store;
    private readonly ICallRuntime _runtime;
    private readonly IWebRtcAnswerer _answerer;
    private readonly EmulatorHostOptions _options;

    public ReadyAnnouncer(IHostApplicationLifetime lifetime, IServer server, EmulatorStore store, ICallRuntime runtime, IWebRtcAnswerer answerer, EmulatorHostOptions options)
    {
        _lifetime = lifetime;
        _server = server;
        _store = store;
        _runtime = runtime;
        _answerer = answerer;
        _options = options;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string? BaseUrl(IServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
    }

    private void Announce()
    {
        var baseUrl = BaseUrl(_server) ?? "http://127.0.0.1";
        var info = EmulatorInfo.Build(baseUrl, _store, _runtime, _answerer);
        var output = new StringBuilder();
        output.Append(Marker).Append(' ').Append(info.ToJsonString(Http.WireJson.Options)).Append('\n');
        if (_options.HumanBanner)
        {
            output.Append(Table(info));
        }

        Console.Out.Write(output.ToString());
        Console.Out.Flush();
    }

    private static string Table(JsonObject info)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"\nConformance emulator on {info["baseUrl"]}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"  {"surface",-11} {"base URL (stands in for)",-60} {"auth",-30} key\n");
        var tenant = info["tenants"] is JsonArray { Count: > 0 } tenants ? tenants[0] as JsonObject : null;
        foreach (var (name, node) in (JsonObject)info["surfaces"]!)
        {
            var surface = (JsonObject)node!;
            var key = tenant?["keys"]?[name]?.GetValue<string>() ?? "-";
            text.Append(CultureInfo.InvariantCulture, $"  {name,-11} {surface["baseUrl"] + " (" + surface["vendorBaseUrl"] + ")",-60} {surface["auth"],-30} {key}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  {"control",-11} {info["control"],-60} {"none (loopback only)",-30} -\n\n");
        text.Append(CultureInfo.InvariantCulture, $"  call runtime: {info["runtime"]?["description"]}\n");
        text.Append(CultureInfo.InvariantCulture, $"  webrtc answers: {((bool?)info["webrtc"]?["available"] == true ? "Conformance.Rtc" : "unavailable")}\n");
        text.Append("  contract: openapi.json in the repository; specs/ for the rules\n");
        return text.ToString();
    }
}
