namespace Conformance.Streams.Telnyx;

/// <summary><c>connected</c>: first message, before <c>start</c>.</summary>
public sealed record TelnyxConnected(string Version = "1.0.0") : TelnyxProviderMessage;
