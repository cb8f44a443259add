using Conformance.Emulator.Calls;
using Conformance.Emulator.Configuration;
using Conformance.Emulator.Control;
using Conformance.Emulator.Deviations;
using Conformance.Emulator.Http;
using Conformance.Emulator.Runtime;
using Conformance.Emulator.State;
using Conformance.Emulator.Surfaces.ClutchCall;
using Conformance.Emulator.Surfaces.Everruns;
using Conformance.Emulator.Surfaces.Omnia;
using Conformance.Emulator.Surfaces.OpenAI;
using Conformance.Emulator.Surfaces.VoiceAi;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Conformance.Emulator.Hosting;

/// <summary>
/// Composition root: builds the emulator's <see cref="WebApplication"/> — services, the
/// request pipeline and every surface's routes. Program.cs and in-process tests both use it.
/// The call runtime and the WebRTC answerer are replaceable singletons
/// (<paramref name="configureServices"/> runs last, so a registration there wins).
/// </summary>
public static class EmulatorApp
{
    public static WebApplication Build(string[] args, EmulatorHostOptions? options = null, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        options ??= new EmulatorHostOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = RequestBody.MaxBytes);
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);

        var config = options.Config ?? DefaultSeed.Config;
        var time = options.Time ?? TimeProvider.System;
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(config);
        services.AddSingleton(new LeaseClock(time));
        services.AddSingleton<IPersonaCatalog>(new FilePersonaCatalog(config.PersonasDirectory ?? FilePersonaCatalog.FindDefaultDirectory()));
        services.AddSingleton<EmulatorStore>();
        services.AddSingleton(sp => new DeviationRegistry(sp.GetRequiredService<LeaseClock>()));
        services.AddSingleton<CallLifecycle>();
        services.AddSingleton<ICallControl>(sp => sp.GetRequiredService<CallLifecycle>());
        services.AddSingleton<ICallRuntime, NotInstalledCallRuntime>();
        services.AddSingleton<IWebRtcAnswerer, RtcAnswerer>();
        services.AddSingleton<ISurfaceErrors, EverrunsErrorShape>();
        services.AddSingleton<ISurfaceErrors, OpenAIErrorShape>();
        services.AddSingleton<ISurfaceErrors, OmniaErrorShape>();
        services.AddSingleton<ISurfaceErrors, ClutchCallErrorShape>();
        services.AddSingleton<ISurfaceErrors, VoiceAiErrorShape>();
        services.AddSingleton<ISurfaceErrors, ControlErrorShape>();
        services.AddSingleton<SurfaceErrorCatalog>();
        services.AddSingleton<ErrorResponder>();
        services.AddSingleton<SurfaceAuth>();
        services.AddHostedService<LeaseSweeper>();
        EverrunsEndpoints.AddServices(services);
        CallRuntimeServices.Add(services);
        if (options.AnnounceReady)
        {
            services.AddHostedService<ReadyAnnouncer>();
        }

        if (options.ExitOnStdinClose)
        {
            services.AddHostedService<StdinWatcher>();
        }

        configureServices?.Invoke(services);

        var app = builder.Build();
        var store = app.Services.GetRequiredService<EmulatorStore>();
        store.Load(config);
        var deviations = app.Services.GetRequiredService<DeviationRegistry>();
        foreach (var deviation in config.Deviations)
        {
            deviations.Activate(deviation.Name, deviation.Parameters, new DeviationScope(deviation.Surface, deviation.TenantId));
        }

        app.UseMiddleware<JournalMiddleware>();
        app.Use(OmniaEndpoints.RequestIdAsync);
        app.UseStatusCodePages(StatusCodeShaper.WriteAsync);
        app.UseMiddleware<ErrorHandlingMiddleware>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.UseRouting();

        EverrunsEndpoints.Map(app);
        OpenAIEndpoints.Map(app);
        OmniaEndpoints.Map(app);
        ClutchCallEndpoints.Map(app);
        VoiceAiEndpoints.Map(app);
        ControlEndpoints.Map(app);
        Calls.Control.RuntimeEndpoints.Map(app);
        return app;
    }

    /// <summary>The address the started app listens on (with <c>--urls http://127.0.0.1:0</c>, the port Kestrel picked).</summary>
    public static string BaseUrl(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return ReadyAnnouncer.BaseUrl(app.Services.GetRequiredService<IServer>())
            ?? throw new InvalidOperationException("the emulator is not listening yet");
    }
}
