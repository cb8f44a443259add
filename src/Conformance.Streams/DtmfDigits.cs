namespace Conformance.Streams;

/// <summary>The sixteen DTMF symbols (ITU-T Q.23): 0–9, *, #, A–D.</summary>
public static class DtmfDigits
{
    public const string All = "0123456789*#ABCD";

    public static bool IsValid(string? digit) => digit is { Length: 1 } && All.Contains(digit[0], StringComparison.Ordinal);
}
