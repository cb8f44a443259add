var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/_emulator/health", () => Results.Ok(new { status = "ok" }));

app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(none)";
    Console.WriteLine($"Conformance emulator listening on {addresses}");
    Console.WriteLine("  GET /_emulator/health");
});

app.Run();
