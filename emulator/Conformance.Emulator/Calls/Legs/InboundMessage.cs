using Conformance.Streams;

namespace Conformance.Emulator.Calls.Legs;

/// <summary>One whole WebSocket message: its kind and bytes (empty when it exceeded the limit).</summary>
public readonly record struct InboundMessage(FrameKind Kind, ReadOnlyMemory<byte> Data, bool TooLarge);
