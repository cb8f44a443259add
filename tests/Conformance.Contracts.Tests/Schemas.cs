using Microsoft.OpenApi;

namespace Conformance.Contracts.Tests;

/// <summary>Builds schemas for tests by loading a tiny OpenAPI 3.1 document, so the validator runs over the same model a real contract produces.</summary>
internal static class Schemas
{
    public static IOpenApiSchema From(string schemaJson, string? otherComponents = null)
    {
        var document = Document(schemaJson, otherComponents);
        return document.Model.Components!.Schemas!["Subject"];
    }

    public static ContractDocument Document(string schemaJson, string? otherComponents = null)
    {
        var extra = otherComponents is null ? string.Empty : "," + otherComponents;
        var json = $$"""
            {
              "openapi": "3.1.0",
              "info": { "title": "test", "version": "1" },
              "paths": {},
              "components": { "schemas": { "Subject": {{schemaJson}}{{extra}} } }
            }
            """;
        return ContractDocument.Parse(json);
    }
}
