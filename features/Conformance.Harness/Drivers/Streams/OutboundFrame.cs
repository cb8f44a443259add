using System.Net.WebSockets;

namespace Conformance.Harness.Drivers.Streams;

/// <summary>One WebSocket message the provider side sends, with a short description for the wire log.</summary>
public sealed record OutboundFrame(WebSocketMessageType Type, ReadOnlyMemory<byte> Data, string Kind)
{
    public static OutboundFrame Text(byte[] utf8, string kind) => new(WebSocketMessageType.Text, utf8, kind);

    public static OutboundFrame Binary(byte[] data, string kind) => new(WebSocketMessageType.Binary, data, kind);
}
