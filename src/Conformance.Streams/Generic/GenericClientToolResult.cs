using System.Text.Json;

namespace Conformance.Streams.Generic;

/// <summary><c>client_tool_result</c>: <c>invocationId</c> and exactly one of <c>result</c> or <c>error</c>.</summary>
public sealed record GenericClientToolResult(string InvocationId, JsonElement? Result, JsonElement? Error) : GenericClientMessage;
