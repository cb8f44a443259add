namespace Conformance.Emulator.Hosting;

/// <summary>
/// The emulator's own arguments (everything else goes to ASP.NET Core, e.g. <c>--urls</c>):
/// <c>--config file.json|yaml</c>, <c>--exit-on-stdin-close</c>.
/// </summary>
public sealed record EmulatorCommandLine(string? ConfigPath, bool ExitOnStdinClose, bool UrlsGiven)
{
    public static EmulatorCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null;
        var exitOnStdin = false;
        var urls = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--config" && i + 1 < args.Count)
            {
                config = args[++i];
            }
            else if (arg.StartsWith("--config=", StringComparison.Ordinal))
            {
                config = arg["--config=".Length..];
            }
            else if (arg is "--exit-on-stdin-close")
            {
                exitOnStdin = true;
            }
            else if (arg is "--urls" || arg.StartsWith("--urls=", StringComparison.Ordinal))
            {
                urls = true;
            }
        }

        return new EmulatorCommandLine(config, exitOnStdin, urls);
    }
}
