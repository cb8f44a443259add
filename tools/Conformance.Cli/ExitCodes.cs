namespace Conformance.Cli;

/// <summary>What <c>conform</c> returns, for CI: only 0 means every selected scenario passed.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The run finished and at least one scenario (or run hook) did not pass.</summary>
    public const int Failures = 1;

    /// <summary>Nothing ran: bad arguments, a missing folder or file, features that do not parse, undefined steps.</summary>
    public const int InvalidInput = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT), after writing what was finished.</summary>
    public const int Interrupted = 130;
}
