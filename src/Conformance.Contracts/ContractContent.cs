using Microsoft.OpenApi;

namespace Conformance.Contracts;

/// <summary>One media type of a request body or response, with its schema and documented examples.</summary>
public sealed record ContractContent(string MediaType, IOpenApiSchema? Schema, IReadOnlyList<ContractExample> Examples);
