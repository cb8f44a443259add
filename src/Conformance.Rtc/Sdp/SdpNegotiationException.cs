namespace Conformance.Rtc.Sdp;

/// <summary>
/// A description that cannot be negotiated. <see cref="Line"/> names the offending line when one
/// line is to blame; <see cref="ParseErrors"/> lists every syntax problem for MalformedSdp.
/// </summary>
public sealed class SdpNegotiationException : Exception
{
    public SdpNegotiationException(SdpNegotiationFailure failure, string message, int line = 0, IReadOnlyList<SdpParseError>? parseErrors = null)
        : base(line > 0 ? $"{message} (line {line})" : message)
    {
        Failure = failure;
        Line = line;
        ParseErrors = parseErrors ?? [];
    }

    public SdpNegotiationException()
        : this(SdpNegotiationFailure.MalformedSdp, "The description could not be negotiated.")
    {
    }

    public SdpNegotiationException(string message)
        : this(SdpNegotiationFailure.MalformedSdp, message)
    {
    }

    public SdpNegotiationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failure = SdpNegotiationFailure.MalformedSdp;
        ParseErrors = [];
    }

    public SdpNegotiationFailure Failure { get; }

    /// <summary>1-based line of the problem, 0 when it is not one line.</summary>
    public int Line { get; }

    public IReadOnlyList<SdpParseError> ParseErrors { get; }

    internal static SdpNegotiationException Malformed(IReadOnlyList<SdpParseError> errors) =>
        new(SdpNegotiationFailure.MalformedSdp,
            "The description is malformed: " + string.Join("; ", errors.Take(5)) + (errors.Count > 5 ? $"; and {errors.Count - 5} more" : ""),
            errors.FirstOrDefault(e => e.Line > 0)?.Line ?? 0,
            errors);
}
