using System.Net.WebSockets;

namespace Conformance.Harness.Drivers.Callee;

/// <summary>A WebSocket a peer opened to a <see cref="LoopbackWebSocketListener"/>, with the request's path and headers.</summary>
public sealed record AcceptedSocket(WebSocket Socket, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
