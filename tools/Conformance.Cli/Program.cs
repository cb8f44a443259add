using Conformance.Cli;

return await ConformCommandLine.InvokeAsync(args, CliHost.FromConsole());
