using Conformance.Emulator.Http;
using Conformance.Emulator.Tests.Support;

namespace Conformance.Emulator.Tests.Contract;

/// <summary>
/// Every operation openapi.json documents is routed: a request to its method and path reaches a
/// handler (no router 404/405), and whatever the handler answers to a bare request is itself a
/// documented response that validates against the contract.
/// </summary>
public sealed class RoutingTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> OperationIds() => [.. Support.OpenApi.Document.Operations.Select(o => o.OperationId!)];

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task DocumentedOperation_IsRouted_AndItsBareResponseIsDocumented(string operationId)
    {
        var operation = Support.OpenApi.Document.FindOperationById(operationId)!;
        var tenant = await TestTenant.CreateAsync(fixture.Client);
        var scenarios = new Scenarios(fixture.Client, tenant);
        var path = await scenarios.PathAsync(operation);
        var response = await fixture.Client.SendAsync(new HttpMethod(operation.Method), path, null);
        Assert.Null(response.Header(StatusCodeShaper.UnroutedHeader));
        Assert.NotEqual(405, response.Status);
        Support.OpenApi.AssertConforms(operation.Method, path, response);
    }

    [Fact]
    public async Task UndocumentedRoutes_UnderEachSurface_AnswerInThatSurfacesShape()
    {
        foreach (var (path, probe) in new (string, Func<ApiResponse, bool>)[]
        {
            ("/everruns/v1/nope", r => r.ContentType!.StartsWith("application/problem+json", StringComparison.Ordinal) && r.Obj["status"]!.GetValue<int>() == 404),
            ("/openai/v1/nope", r => r.Obj["error"]!["type"]!.GetValue<string>() == "invalid_request_error"),
            ("/omnia/api/v1/nope", r => r.Obj["error"]!["code"]!.GetValue<string>() == "NOT_FOUND"),
            ("/clutchcall/api/trpc/voice.nope", r => r.Obj["error"]!["code"]!.GetValue<int>() == -32004),
            ("/voiceai/api/v1/nope", r => r.Obj["code"]!.GetValue<string>() == "NOT_FOUND" && r.Obj["error"] is not null),
            ("/_emulator/nope", r => r.ContentType!.StartsWith("application/problem+json", StringComparison.Ordinal)),
            ("/elsewhere", r => r.ContentType!.StartsWith("application/problem+json", StringComparison.Ordinal)),
        })
        {
            var response = await fixture.Client.GetAsync(path);
            Assert.Equal(404, response.Status);
            Assert.Equal("true", response.Header(StatusCodeShaper.UnroutedHeader));
            Assert.True(probe(response), $"{path}: {response}");
        }
    }

    [Fact]
    public async Task WrongMethod_OnEveryDocumentedPath_405InTheSurfaceShapeWithAllow()
    {
        var failures = new List<string>();
        var tenant = await TestTenant.CreateAsync(fixture.Client);
        var scenarios = new Scenarios(fixture.Client, tenant);
        foreach (var group in Support.OpenApi.Document.Operations.GroupBy(o => o.Path.Template))
        {
            var documented = group.Select(o => o.Method).ToHashSet();
            var method = new[] { "PUT", "PATCH", "DELETE", "POST", "GET" }.First(m => !documented.Contains(m));
            if (group.Key == "/voiceai/livekit")
            {
                continue; // LiveKit's stand-in answers 501 to every method.
            }

            var path = await scenarios.PathAsync(group.First());
            var response = await fixture.Client.SendAsync(new HttpMethod(method), path, null, scenarios.AuthFor(group.First()));
            if (response.Status != 405 || response.Header("Allow") is null || response.Json is null)
            {
                failures.Add($"{method} {path}: {response}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
