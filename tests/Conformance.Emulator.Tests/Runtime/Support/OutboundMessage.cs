using Conformance.Streams;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>A message the provider side sends: bytes and WebSocket message type.</summary>
internal readonly record struct OutboundMessage(FrameKind Kind, byte[] Data);
