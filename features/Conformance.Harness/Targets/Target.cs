using Conformance.Harness.Emulator;

namespace Conformance.Harness.Targets;

/// <summary>
/// The run's target, ready to use: the profile with every surface resolved, one HTTP client, and
/// for an emulator its control plane (and the process, when the harness started it). A run
/// service: made once per run by <see cref="HarnessStartup"/>, disposed at the end of the run.
/// </summary>
public sealed class Target : IAsyncDisposable
{
    private Target(TargetProfile profile, HttpClient http, EmulatorControl? control, EmulatorProcess? process, TimeProvider time)
    {
        Profile = profile;
        Http = http;
        Control = control;
        Process = process;
        Time = time;
    }

    public TargetProfile Profile { get; }

    public HttpClient Http { get; }

    /// <summary>The emulator's control plane, or null for a real deployment.</summary>
    public EmulatorControl? Control { get; }

    /// <summary>The emulator process the harness started, if it did.</summary>
    public EmulatorProcess? Process { get; }

    public TimeProvider Time { get; }

    public bool IsEmulator => Control is not null;

    /// <summary>Starts (or connects to) the target.</summary>
    /// <exception cref="EmulatorStartException">The built-in emulator would not start.</exception>
    public static async Task<Target> StartAsync(TargetProfile profile, HarnessRunOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(options);
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (!profile.StartsEmulator)
        {
            return new Target(profile, http, profile.Control is { } control ? new EmulatorControl(http, control) : null, null, time);
        }

        EmulatorProcess? process = null;
        try
        {
            process = await EmulatorProcess.StartAsync(time, options.EmulatorStartTimeout, cancellationToken);
            return new Target(FromEmulator(process.Info), http, new EmulatorControl(http, process.Info.Control), process, time);
        }
        catch
        {
            http.Dispose();
            if (process is not null)
            {
                await process.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>A target for an emulator someone else runs (the suite-level tests share one across runs).</summary>
    public static Target ForEmulator(EmulatorReadyInfo info, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(info);
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { Timeout = TimeSpan.FromSeconds(60) };
        return new Target(FromEmulator(info), http, new EmulatorControl(http, info.Control), null, time);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }
    }

    /// <summary>The emulator as a profile: each surface at its stand-in base URL, keys per scenario tenant, the seeded resources.</summary>
    internal static TargetProfile FromEmulator(EmulatorReadyInfo info)
    {
        var surfaces = new Dictionary<SurfaceName, SurfaceTarget>();
        foreach (var surface in SurfaceNames.All)
        {
            if (info.Surfaces.TryGetValue(SurfaceNames.Wire(surface), out var url))
            {
                surfaces[surface] = new SurfaceTarget(surface, url, null) { Settings = EmulatorSeed.Settings(surface) };
            }
        }

        return new TargetProfile(TargetProfile.EmulatorName, surfaces)
        {
            Description = $"conformance emulator at {info.BaseUrl} (call runtime: {info.RuntimeDescription})",
            Control = info.Control,
            StartsEmulator = true,
        };
    }
}
