using System.Globalization;
using Conformance.Gherkin.Running;

namespace Conformance.Cli.Run;

/// <summary>Words and numbers as the CLI prints them (invariant culture, so logs read the same everywhere).</summary>
internal static class RunText
{
    public static string Status(StepStatus status) => status.ToString().ToLowerInvariant();

    public static string Duration(TimeSpan duration) => duration.TotalSeconds < 120
        ? duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s"
        : string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalMinutes} min {duration.Seconds} s");

    public static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
