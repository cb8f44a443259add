using Conformance.TestSupport;

namespace Conformance.Contracts.Tests;

public sealed class ContractDocumentTests
{
    private const string Minimal = """
        {
          "openapi": "3.1.0",
          "info": { "title": "t", "version": "1" },
          "x-conformance-surfaces": { "demo": { "prefix": "/demo", "tag": "Demo", "vendorBaseUrl": "https://api.example.com/api" } },
          "paths": {
            "/demo/v1/calls/{id}": {
              "get": { "operationId": "getCall", "tags": ["Demo"],
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Call" } } } },
                  "4XX": { "description": "error", "content": { "application/problem+json": { "schema": { "type": "object", "required": ["title","status"] } } } }
                } }
            },
            "/demo/v1/calls/create": {
              "post": { "operationId": "createCall",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "type": "object", "required": ["agentId"] }, "example": { "agentId": "a" } } } },
                "responses": {
                  "201": { "description": "created", "headers": { "Location": { "required": true, "schema": { "type": "string" } } },
                           "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Call" } } } }
                } }
            },
            "/demo/v1/sdp": {
              "post": { "operationId": "sdp", "responses": { "201": { "description": "answer", "content": { "application/sdp": { "schema": { "type": "string", "minLength": 5 } } } } } }
            }
          },
          "components": { "schemas": { "Call": { "type": "object", "required": ["id","status"],
            "properties": { "id": { "type": "string" }, "status": { "type": "string", "enum": ["created","ended"] } } } } }
        }
        """;

    private static readonly ContractDocument s_document = ContractDocument.Parse(Minimal);

    [Fact]
    public void Parse_CleanDocument_NoDiagnostics() => Assert.Empty(s_document.Diagnostics);

    [Fact]
    public void Parse_NotJson_ThrowsContractLoadException() =>
        Assert.Throws<ContractLoadException>(() => ContractDocument.Parse("{ not json"));

    [Fact]
    public void Parse_UnresolvedReference_ReportedAsDocumentError()
    {
        // Microsoft.OpenApi's rule set classes a dangling $ref as a warning; it must surface either way.
        var document = Schemas.Document("""{"$ref":"#/components/schemas/Nope"}""");
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Contains("Nope", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("#/components/schemas/Subject/$ref", diagnostic.Location);
    }

    [Fact]
    public void Match_LiteralSegmentBeatsTemplate()
    {
        Assert.Equal("createCall", s_document.FindOperation("POST", "/demo/v1/calls/create")?.OperationId);
        var match = s_document.Match("get", "/demo/v1/calls/call_42?verbose=1");
        Assert.NotNull(match);
        Assert.Equal("getCall", match.Operation.OperationId);
        Assert.Equal("call_42", match.PathParameters["id"]);
        Assert.Null(s_document.FindOperation("DELETE", "/demo/v1/calls/x"));
        Assert.True(s_document.HasPath("/demo/v1/calls/x"));
    }

    [Fact]
    public void PathTemplate_FailedMatch_LeavesNoParameters_AndValuesAreUnescaped()
    {
        var template = new PathTemplate("/v1/{org}/calls/{id}");
        Assert.False(template.TryMatch("/v1/acme/agents/7", out var none));
        Assert.Empty(none);
        Assert.False(template.TryMatch("/v1//calls/7", out _));
        Assert.True(template.TryMatch("/v1/a%20b/calls/7/", out var parameters));
        Assert.Equal("a b", parameters["org"]);
        Assert.Equal("7", parameters["id"]);
    }

    [Fact]
    public void Surfaces_ReadFromExtension_AndUsedForVendorRelativeLookups()
    {
        var surface = Assert.Single(s_document.Surfaces);
        Assert.Equal(new ContractSurface("demo", "/demo", "Demo", "https://api.example.com/api"), surface);
        Assert.Equal("getCall", s_document.MatchOnSurface("demo", "GET", "/v1/calls/abc")?.Operation.OperationId);
    }

    [Fact]
    public void ValidateResponse_ConformingBody_NoViolations() =>
        Assert.Empty(s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(200, "application/json; charset=utf-8", """{"id":"c1","status":"created"}""")));

    [Fact]
    public void ValidateResponse_BadBody_ReportsSchemaViolations()
    {
        var violations = s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(200, "application/json", """{"id":1,"status":"lost"}"""));
        Assert.Contains(violations, v => v is { Code: ViolationCode.TypeMismatch, Location: "$.id" });
        Assert.Contains(violations, v => v is { Code: ViolationCode.EnumMismatch, Location: "$.status" });
    }

    [Fact]
    public void ValidateResponse_StatusCoveredByRange_UsesRangeSchema()
    {
        Assert.Empty(s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(404, "application/problem+json", """{"title":"Not Found","status":404}""")));
        Assert.Contains(
            s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(404, "application/problem+json", """{"error":"x"}""")),
            v => v.Code == ViolationCode.RequiredPropertyMissing);
    }

    [Fact]
    public void ValidateResponse_UndocumentedStatus() =>
        Assert.Equal(ViolationCode.UndocumentedStatus, Assert.Single(s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(500, "application/json", "{}"))).Code);

    [Fact]
    public void ValidateResponse_UndocumentedContentType() =>
        Assert.Equal(ViolationCode.UndocumentedContentType, Assert.Single(s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(200, "text/html", "<p/>"))).Code);

    [Fact]
    public void ValidateResponse_MalformedJson() =>
        Assert.Equal(ViolationCode.MalformedJson, Assert.Single(s_document.ValidateResponse("GET", "/demo/v1/calls/c1", new ContractResponse(200, "application/json", "{\"id\":"))).Code);

    [Fact]
    public void ValidateResponse_MissingRequiredHeader()
    {
        var violations = s_document.ValidateResponse("POST", "/demo/v1/calls/create", new ContractResponse(201, "application/json", """{"id":"c","status":"created"}"""));
        Assert.Equal(ViolationCode.MissingHeader, Assert.Single(violations).Code);
        var headers = new Dictionary<string, string> { ["location"] = "/demo/v1/calls/c" };
        Assert.Empty(s_document.ValidateResponse("POST", "/demo/v1/calls/create", new ContractResponse(201, "application/json", """{"id":"c","status":"created"}""", headers)));
    }

    [Fact]
    public void ValidateResponse_TextBody_CheckedAsString()
    {
        Assert.Empty(s_document.ValidateResponse("POST", "/demo/v1/sdp", new ContractResponse(201, "application/sdp", "v=0\r\n")));
        Assert.Equal(ViolationCode.StringTooShort, Assert.Single(s_document.ValidateResponse("POST", "/demo/v1/sdp", new ContractResponse(201, "application/sdp", "v=0"))).Code);
    }

    [Fact]
    public void ValidateResponse_UnknownOperation() =>
        Assert.Equal(ViolationCode.UnknownOperation, Assert.Single(s_document.ValidateResponse("PUT", "/nowhere", new ContractResponse(200, null, null))).Code);

    [Fact]
    public void ValidateRequest_DocumentedExample_ConformsAndMissingBodyIsReported()
    {
        var operation = s_document.FindOperationById("createCall")!;
        var example = Assert.Single(Assert.Single(operation.RequestContent).Examples);
        Assert.Empty(ContractValidator.Shared.ValidateRequest(operation, example.MediaType, example.Value!.ToJsonString()));
        Assert.Equal(ViolationCode.MissingBody, Assert.Single(ContractValidator.Shared.ValidateRequest(operation, null, null)).Code);
        Assert.Equal(ViolationCode.RequiredPropertyMissing, Assert.Single(ContractValidator.Shared.ValidateRequest(operation, "application/json", "{}")).Code);
    }

    [Fact]
    public void Load_EverrunsVendorSpec_LoadsAndFindsTheVendorsOwnExampleDefect()
    {
        // The vendor's own contract (read from ../shared, never copied) as a realistic corpus.
        var document = ContractDocument.Load(RepoPaths.RequireShared("reference", "specs", "everruns", "openapi.json"));
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == ViolationSeverity.Error);
        var createSession = document.FindOperation("POST", "/v1/sessions");
        Assert.Equal("create_session", createSession?.OperationId);
        var created = createSession!.Responses.Single(r => r.StatusKey == "201").Content.Single();
        var example = Assert.Single(created.Examples);

        // The vendor's own create_session example omits the required workspace_id and gives
        // status as a string where the schema's SessionStatus is an object: exactly these two.
        var defects = ContractValidator.Shared.ValidateValue(created, example.Value);
        Assert.Equal(2, defects.Count);
        Assert.Contains(defects, v => v is { Code: ViolationCode.RequiredPropertyMissing, Location: "$.workspace_id" });
        Assert.Contains(defects, v => v is { Code: ViolationCode.TypeMismatch, Location: "$.status" });

        var callResponse = document.FindOperation("POST", "/v1/sessions/session_0123/voice/calls")!.ResponseFor(200)!.Content.Single();
        var missingAnswer = System.Text.Json.Nodes.JsonNode.Parse("""{"voice_connection_id":"voice_1","provider":"openai","model":"m","voice":"v","reasoning_effort":"low","expires_at":"2026-04-15T12:00:00Z"}""");
        Assert.Contains(ContractValidator.Shared.ValidateValue(callResponse, missingAnswer), v => v is { Code: ViolationCode.RequiredPropertyMissing, Location: "$.answer_sdp" });
    }
}
