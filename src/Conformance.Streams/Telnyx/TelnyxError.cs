namespace Conformance.Streams.Telnyx;

/// <summary>
/// <c>error</c>: Telnyx's answer to a bad agent message. <c>payload.code</c> is one of
/// <see cref="TelnyxErrorCodes"/>; the example carries no <c>sequence_number</c>.
/// </summary>
public sealed record TelnyxError(string? StreamId, int Code, string Title, string Detail) : TelnyxProviderMessage
{
    /// <summary>The error a strict Telnyx sends for this finding about an agent message.</summary>
    public static TelnyxError From(StreamViolation violation, string? streamId)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var code = TelnyxErrorCodes.For(violation);
        return new TelnyxError(streamId, code, TelnyxErrorCodes.Title(code), violation.Message);
    }
}
