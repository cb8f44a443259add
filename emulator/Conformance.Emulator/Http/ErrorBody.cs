using System.Text.Json.Nodes;

namespace Conformance.Emulator.Http;

/// <summary>An error rendered for the wire: body and content type.</summary>
public sealed record ErrorBody(JsonNode Body, string ContentType);
