namespace Conformance.Emulator.Tests.Support;

/// <summary>One Server-Sent Events message as read off the wire.</summary>
public sealed record SseMessage(string? Event, string? Id, string? Retry, string Data);
