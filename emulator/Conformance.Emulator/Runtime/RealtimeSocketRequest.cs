namespace Conformance.Emulator.Runtime;

/// <summary>
/// An OpenAI Realtime WebSocket (<c>/openai/v1/realtime</c>): the sideband of an existing call
/// (<c>?call_id=</c>, vendors.md §5.4) or a standalone session (<c>?model=</c>), with the
/// subprotocol the client offered (NuGet OpenAI sends <c>realtime</c>).
/// </summary>
public sealed record RealtimeSocketRequest(string? CallId, string? Model, string? SubProtocol, bool BetaHeader);
