using Conformance.Emulator.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Conformance.Emulator.Tests.Support;

/// <summary>The emulator in this process on a free loopback port (Kestrel picks it: --urls http://127.0.0.1:0), reached over real HTTP.</summary>
public sealed class InProcessEmulator : IAsyncDisposable
{
    private InProcessEmulator(WebApplication app, string baseUrl)
    {
        App = app;
        BaseUrl = baseUrl;
        Client = new EmulatorClient(baseUrl);
    }

    public WebApplication App { get; }

    public string BaseUrl { get; }

    public EmulatorClient Client { get; }

    public static async Task<InProcessEmulator> StartAsync(EmulatorHostOptions? options = null, Action<IServiceCollection>? services = null)
    {
        var app = EmulatorApp.Build(["--urls", "http://127.0.0.1:0"], options, services);
        await app.StartAsync();
        return new InProcessEmulator(app, EmulatorApp.BaseUrl(app));
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
