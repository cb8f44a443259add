using Conformance.Contracts;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>openapi.json as a document: loads clean in Microsoft.OpenApi, one tag per surface, every operation named, every example valid.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string[] s_tags = ["Everruns", "OpenAI Realtime", "Omnia Voice", "ClutchCall", "Voice.ai", "Emulator control"];

    [Fact]
    public void OpenApiJson_LoadsWithoutErrorsOrWarnings()
    {
        var document = Support.OpenApi.Document;
        Assert.True(document.Diagnostics.Count == 0, string.Join("\n", document.Diagnostics));
        Assert.StartsWith("3.1", File.ReadAllText(TestSupport.RepoPaths.InRepo("openapi.json")).Split("\"openapi\": \"")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_EachHasOneSurfaceTagAndAUniqueOperationId()
    {
        var operations = Support.OpenApi.Document.Operations;
        Assert.True(operations.Count >= 70, $"only {operations.Count} operations documented");
        Assert.All(operations, o => Assert.False(string.IsNullOrEmpty(o.OperationId), $"{o} has no operationId"));
        Assert.Equal(operations.Count, operations.Select(o => o.OperationId).Distinct().Count());
        foreach (var operation in operations)
        {
            var tag = Assert.Single(operation.Tags);
            Assert.Contains(tag, s_tags);
            var surface = Scenarios.SurfaceOf(operation);
            Assert.Equal(Support.OpenApi.Document.Surfaces.Single(s => s.Tag == tag).Prefix, State.SurfaceNames.Prefix(surface));
        }
    }

    [Fact]
    public void Surfaces_DeclaredForEveryTag()
    {
        var surfaces = Support.OpenApi.Document.Surfaces;
        Assert.Equal(s_tags.Order(), surfaces.Select(s => s.Tag).Order());
        Assert.All(surfaces.Where(s => s.Name != "control"), s => Assert.StartsWith("https://", s.VendorBaseUrl, StringComparison.Ordinal));
    }

    [Fact]
    public void RequestBodies_EveryOneHasAnExampleThatConformsToItsSchema()
    {
        foreach (var operation in Support.OpenApi.Document.Operations.Where(o => o.RequestContent.Count > 0))
        {
            foreach (var content in operation.RequestContent)
            {
                var example = Assert.Single(content.Examples);
                var violations = ContractValidator.Shared.ValidateValue(content, example.Value);
                Assert.True(violations.Count == 0, $"{operation} {content.MediaType} example: {string.Join("; ", violations)}");
            }
        }
    }

    [Fact]
    public void Operations_AuthenticatedOnesDocument401And429()
    {
        foreach (var operation in Support.OpenApi.Document.Operations.Where(o => o.SecuritySchemes.Count > 0))
        {
            Assert.True(operation.Responses.Any(r => r.StatusKey == "401"), $"{operation} is authenticated but documents no 401");
            Assert.True(operation.Responses.Any(r => r.StatusKey == "429"), $"{operation} is rate limited but documents no 429");
        }
    }
}
