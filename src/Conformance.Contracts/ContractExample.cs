using System.Text.Json.Nodes;

namespace Conformance.Contracts;

/// <summary>A documented example value of one media type (the media type's <c>example</c>, or one entry of <c>examples</c>).</summary>
public sealed record ContractExample(string Name, string MediaType, JsonNode? Value);
