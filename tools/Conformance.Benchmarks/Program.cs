using BenchmarkDotNet.Running;
using Conformance.Benchmarks;

if (args.Length > 0 && args[0] == "load")
{
    var tools = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ILoadTool).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ILoadTool)Activator.CreateInstance(t)!)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();
    var tool = args.Length > 1 ? tools.FirstOrDefault(t => t.Name == args[1]) : null;
    if (tool is null)
    {
        Console.Error.WriteLine("usage: load NAME [args]; tools:");
        foreach (var t in tools)
        {
            Console.Error.WriteLine($"  {t.Name,-16} {t.Description}");
        }

        return 2;
    }

    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
    return await tool.RunAsync(args[2..], cts.Token);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
